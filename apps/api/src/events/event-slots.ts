const MINUTE = 60_000;

/** [start, end] of each meeting that fits: `minutes` long, `breakMinutes` apart. */
export function slotTimes(start: Date, end: Date, minutes: number, breakMinutes: number): [Date, Date][] {
  const slots: [Date, Date][] = [];
  for (let t = start.getTime(); t + minutes * MINUTE <= end.getTime() && slots.length < 200; t += (minutes + breakMinutes) * MINUTE) {
    slots.push([new Date(t), new Date(t + minutes * MINUTE)]);
  }
  return slots;
}

