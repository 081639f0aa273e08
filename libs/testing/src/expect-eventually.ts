/**
 * Retries an assertion until it passes or the time is up, for effects that cross the bus.
 * Rethrows the assertion's last error so the failure says what was still wrong.
 */
export async function expectEventually<T>(
  assertion: () => Promise<T> | T,
  timeoutMs = 10_000,
  intervalMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}
