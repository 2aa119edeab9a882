/** Demo logins seeded by server/src/demo/demo-seed.ts. */
export const DEMO_PASSWORD = 'patrol-demo-2026';
export const USERS = {
  officer: 'officer.chuo',
  volunteer: 'volunteer1',
  officerInCharge: 'oic.tanaka',
  chief: 'chief.sato',
} as const;
