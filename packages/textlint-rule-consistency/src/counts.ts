/** "once", "twice", "3 times": how often, in words a message reads well with. */
export function times(count: number): string {
  return count === 1 ? "once" : count === 2 ? "twice" : `${count} times`;
}
