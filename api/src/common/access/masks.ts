/** 张三 -> 张*, 13812345678 -> 138****5678: partners see who, not how to reach them. */
export function maskName(value: unknown): string {
  const name = String(value);
  return name.length <= 1 ? '*' : name[0] + '*'.repeat(Math.min(name.length - 1, 3));
}

export function maskPhone(value: unknown): string {
  const d = String(value).replace(/\D/g, '');
  return d.length >= 7 ? `${d.slice(0, 3)}****${d.slice(-4)}` : '****';
}
