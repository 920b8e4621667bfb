/** 0.874 → "87%". */
export const percent = (x: number) => `${Math.round(x * 100)}%`;
