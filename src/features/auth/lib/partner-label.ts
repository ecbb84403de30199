/** "partner-id-acme" → "Acme" (until /partners/ has answered with the real name). */
export function partnerLabel(partnerId: string): string {
  const raw = partnerId.replace(/^partner-id-/, '').replace(/[-_]+/g, ' ');
  return raw.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}
