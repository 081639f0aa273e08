import type { SkillSeed } from '../skill-seed';

export const machineLearning: SkillSeed = {
  slug: 'machine-learning',
  name: 'Machine Learning',
  category: 'AI & Data',
  summary:
    'Building systems that infer patterns from examples instead of hand-written rules, and putting them to work in products.',
  description:
    'The field spans supervised methods (classification and regression), unsupervised methods (clustering, dimensionality ' +
    'reduction) and reinforcement learning. Practitioners pick between gradient-boosted trees such as XGBoost and LightGBM, ' +
    'support vector machines and neural architectures (CNNs, RNNs, Transformers), and work mostly in Python with ' +
    'scikit-learn, PyTorch, TensorFlow and Hugging Face.',
  whyItMatters:
    'Fraud screening, recommendations, diagnostics support and demand forecasting all run on learned models, so teams in ' +
    'finance, healthcare, logistics and consumer software keep hiring people who can take a model from notebook to production.',
  difficulty: 'advanced',
  timeToLearn: '6–12 months of steady practice for job-ready fundamentals',
  salaryImpact: 'Senior practitioners in the US commonly earn $150,000–$200,000 or more a year',
  salaryByRegion: [{ region: 'United States', currency: 'USD', junior: 85_000, mid: 120_000, senior: 175_000 }],
  careerPaths: ['ML Engineer', 'Data Scientist', 'Research Scientist', 'AI Product Manager', 'Applied Scientist'],
  tools: ['Python', 'scikit-learn', 'PyTorch', 'TensorFlow', 'Hugging Face', 'XGBoost', 'LightGBM'],
  faq: [
    {
      question: 'How much maths do I need before starting?',
      answer:
        'Undergraduate linear algebra, calculus, probability and statistics let you reason about models in depth; for applied ' +
        'engineering work, solid programming and knowing when a model fits the problem matter more.',
    },
  ],
  relatedSlugs: [],
};
