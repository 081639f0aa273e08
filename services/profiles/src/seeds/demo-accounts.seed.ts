/** Demo accounts loaded on first start. They have no password, so nobody can sign in as them. */
export const DEMO_COMPANY = { id: '5b0d7a52-3c3e-4d8e-9a51-6f1c2b7e0a01', name: 'Harbor Lane Analytics' };

export const DEMO_USERS = [
  {
    id: '5b0d7a52-3c3e-4d8e-9a51-6f1c2b7e0b01',
    email: 'hiring@harborlane.example',
    name: 'Priya Natarajan',
    role: 'company' as const,
    companyId: DEMO_COMPANY.id,
  },
  {
    id: '5b0d7a52-3c3e-4d8e-9a51-6f1c2b7e0c01',
    email: 'maya.okafor@example.com',
    name: 'Maya Okafor',
    role: 'candidate' as const,
    companyId: null,
  },
  {
    id: '5b0d7a52-3c3e-4d8e-9a51-6f1c2b7e0c02',
    email: 'lucas.brandt@example.com',
    name: 'Lucas Brandt',
    role: 'candidate' as const,
    companyId: null,
  },
];

export const DEMO_PROFILES = [
  {
    userId: '5b0d7a52-3c3e-4d8e-9a51-6f1c2b7e0c01',
    handle: 'maya-okafor',
    headline: 'Builds forecasting models that survive contact with production data',
    location: 'Lagos, Nigeria',
    links: ['https://github.com/maya-okafor-demo'],
    visibility: 'public' as const,
  },
  {
    userId: '5b0d7a52-3c3e-4d8e-9a51-6f1c2b7e0c02',
    handle: 'lucas-brandt',
    headline: 'Data engineer moving into applied machine learning',
    location: 'Hamburg, Germany',
    links: [],
    visibility: 'public' as const,
  },
];

/** Not a scrypt hash, so no password ever matches it. */
export const NO_PASSWORD = '!';
