export function planFill(..._a: unknown[]): void {}
