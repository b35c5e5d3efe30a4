/** 13800138000 → 138****8000. Shown to everyone but the owner and the assigned staff (PIPL). */
export const maskPhone = (phone: string | null): string | null =>
  phone === null ? null : phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';
