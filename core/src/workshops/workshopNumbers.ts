/** The six workshops, in the order the group runs them. */
export const workshopNumbers = [1, 2, 3, 4, 5, 6] as const;
export type WorkshopNumber = (typeof workshopNumbers)[number];

// Apart from registry.ts, which brings every workshop's schemas: the tab's router and its first download need
// the numbers alone.

/** Parses a route segment ("1".."6") into a workshop number, or undefined. */
export function parseWorkshopNumber(raw: string | undefined): WorkshopNumber | undefined {
  const n = Number(raw);
  return (workshopNumbers as readonly number[]).includes(n) && String(n) === raw ? (n as WorkshopNumber) : undefined;
}
