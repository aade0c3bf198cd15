"use client";

import { useState } from "react";

/** A set of ticked ids (permissions, members) and the checkbox handler that updates it. */
export function useSelection(initial: () => Iterable<string>) {
  const [selected, setSelected] = useState<Set<string>>(() => new Set(initial()));
  function toggle(value: string, on: boolean) {
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(value);
      else next.delete(value);
      return next;
    });
  }
  return { selected, toggle };
}
