import { useEffect, useEffectEvent, useState } from 'react';

function remaining(deadline: string): number {
  return Math.max(0, new Date(deadline).getTime() - Date.now());
}

function clock(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const hours = Math.floor(total / 3600);
  const mins = Math.floor((total % 3600) / 60);
  const secs = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return hours > 0 ? `${hours}:${two(mins)}:${two(secs)}` : `${two(mins)}:${two(secs)}`;
}

/** Time left until the deadline, ticking each second; the deadline itself is always printed too. */
export function Countdown({ deadline, onExpired }: { deadline: string; onExpired?: () => void }) {
  const [left, setLeft] = useState(() => remaining(deadline));
  const expire = useEffectEvent(() => onExpired?.());
  useEffect(() => {
    const timer = setInterval(() => {
      const next = remaining(deadline);
      setLeft(next);
      if (next === 0) {
        clearInterval(timer);
        expire();
      }
    }, 1000);
    return () => clearInterval(timer);
  }, [deadline]);
  const urgent = left < 5 * 60 * 1000;
  return (
    <div className={`countdown${urgent ? ' countdown-urgent' : ''}`}>
      <span className="countdown-label">{left === 0 ? 'Deadline passed' : 'Time left'}</span>
      <span className="countdown-clock" role="timer" aria-label={`Time left ${clock(left)}`}>
        {clock(left)}
      </span>
      <span className="countdown-deadline">
        Due {new Date(deadline).toLocaleTimeString('en', { hour: '2-digit', minute: '2-digit' })}
      </span>
    </div>
  );
}
