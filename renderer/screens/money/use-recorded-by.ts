import { useState } from 'react';

// The member chosen as "Recorded by" stays chosen for the session (until the window reloads, which every lock does),
// so a treasurer entering several payments picks themselves once.
let sessionMember: number | null = null;

export function useRecordedBy(): [number | null, (memberId: number | null) => void] {
  const [memberId, setMemberId] = useState<number | null>(sessionMember);
  return [
    memberId,
    (next) => {
      sessionMember = next;
      setMemberId(next);
    },
  ];
}
