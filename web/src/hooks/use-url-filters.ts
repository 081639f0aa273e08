import { useSearchParams } from 'react-router';

/** Filters kept in the address (?skill=…), so a filtered list can be bookmarked and shared. */
export function useUrlFilters(): [URLSearchParams, (name: string, value: string) => void] {
  const [params, setParams] = useSearchParams();
  const setFilter = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  return [params, setFilter];
}
