import type { CertificationSeed } from '../seed-types';

export const CERTIFICATION_SEEDS_V1: CertificationSeed[] = [
  { slug: 'google-professional-ml-engineer', name: 'Professional Machine Learning Engineer', issuer: 'Google Cloud' },
  { slug: 'aws-ml-specialty', name: 'AWS Certified Machine Learning – Specialty', issuer: 'Amazon Web Services' },
  { slug: 'azure-ai-engineer-associate', name: 'Azure AI Engineer Associate', issuer: 'Microsoft' },
  { slug: 'ibm-ml-professional-certificate', name: 'Machine Learning Professional Certificate', issuer: 'IBM' },
  {
    slug: 'coursera-machine-learning-specialization',
    name: 'Machine Learning Specialization (Andrew Ng)',
    issuer: 'Coursera',
  },
  { slug: 'tensorflow-developer-certificate', name: 'TensorFlow Developer Certificate', issuer: 'TensorFlow' },
  {
    slug: 'certified-ai-practitioner',
    name: 'Certified Artificial Intelligence Practitioner (CAIP)',
    issuer: 'CertNexus',
  },
  { slug: 'google-professional-data-engineer', name: 'Professional Data Engineer', issuer: 'Google Cloud' },
  { slug: 'databricks-spark-developer', name: 'Associate Developer for Apache Spark', issuer: 'Databricks' },
  { slug: 'cncf-cka', name: 'Certified Kubernetes Administrator', issuer: 'CNCF' },
  {
    slug: 'aws-solutions-architect-associate',
    name: 'AWS Certified Solutions Architect – Associate',
    issuer: 'Amazon Web Services',
  },
];
