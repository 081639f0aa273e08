import type { IndustrySeed } from '../seed-types';

export const INDUSTRY_SEEDS_V1: IndustrySeed[] = [
  {
    slug: 'technology',
    name: 'Software and internet',
    description: 'Product companies, platforms and cloud providers.',
  },
  {
    slug: 'finance',
    name: 'Finance and fintech',
    description: 'Banks, payments and insurers: fraud, risk and credit.',
  },
  {
    slug: 'healthcare',
    name: 'Healthcare and pharma',
    description: 'Diagnostics support, imaging and drug discovery.',
  },
  { slug: 'e-commerce', name: 'E-commerce and retail', description: 'Recommendations, search, pricing and demand.' },
  { slug: 'cybersecurity', name: 'Cybersecurity', description: 'Threat detection and anomaly spotting at scale.' },
  { slug: 'automotive', name: 'Automotive and autonomy', description: 'Driver assistance, self-driving and robotics.' },
  { slug: 'marketing', name: 'Marketing and advertising', description: 'Targeting, attribution and bidding.' },
  { slug: 'telecommunications', name: 'Telecommunications', description: 'Network optimisation and maintenance.' },
  { slug: 'manufacturing', name: 'Manufacturing', description: 'Quality inspection and predictive maintenance.' },
  { slug: 'public-sector', name: 'Public sector', description: 'Traffic, security and services for citizens.' },
  { slug: 'research', name: 'Research labs', description: 'Industrial and academic labs that publish new methods.' },
];
