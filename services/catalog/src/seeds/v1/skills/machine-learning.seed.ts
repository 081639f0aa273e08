import type { SkillSeed } from '../../seed-types';

export const machineLearning: SkillSeed = {
  slug: 'machine-learning',
  name: 'Machine Learning',
  category: 'AI & Data',
  tier: 1,
  summary:
    'Building systems that infer patterns from examples instead of hand-written rules, and putting them to work in products.',
  description:
    'Machine learning covers three families of problems. Supervised learning predicts a known target from labelled ' +
    'examples (classification and regression); unsupervised learning looks for structure without labels (clustering, ' +
    'dimensionality reduction); reinforcement learning trains an agent through rewards and trial and error. The toolbox ' +
    'runs from decision trees, support vector machines and gradient-boosted ensembles such as XGBoost and LightGBM to ' +
    'neural networks (CNNs, RNNs, Transformers). Nearly all of it happens in Python: scikit-learn for classical models, ' +
    'PyTorch, TensorFlow or JAX for neural networks, Hugging Face for pretrained models, Jupyter for exploration and ' +
    'managed platforms such as Vertex AI or SageMaker to train and serve at scale. Running models in production ' +
    '(MLOps: deployment, monitoring, retraining) has become a discipline of its own next to the modelling.',
  whyItMatters:
    'Learned models now sit behind fraud screening, recommendations, diagnostic support, search ranking and demand ' +
    'forecasting, so hospitals, banks, logistics firms and consumer apps all keep machine learning teams. The skill takes ' +
    'long to build and the systems it produces move revenue directly, which is why practitioners see some of the ' +
    'fastest pay growth in software and why people who can ship a model, not only train one, are scarce.',
  difficulty: 'advanced',
  timeToLearn: 'About 18 months from programming basics to job-ready, with steady practice',
  salaryImpact: '+$40k a year over a comparable software role',
  salaryByRegion: [
    { region: 'United States', currency: 'USD', junior: 130_000, mid: 200_000, senior: 300_000 },
    { region: 'United Kingdom', currency: 'GBP', junior: 75_000, mid: 125_000, senior: 180_000 },
    { region: 'European Union', currency: 'EUR', junior: 80_000, mid: 140_000, senior: 200_000 },
    { region: 'Canada', currency: 'CAD', junior: 135_000, mid: 210_000, senior: 310_000 },
  ],
  careerPaths: [
    'Junior Data Scientist: supervised models on tabular data (about $90k–$130k in the US)',
    'ML Engineer: production pipelines and feature engineering (about $130k–$220k)',
    'Research Scientist: state-of-the-art models and LLMs (about $200k–$350k)',
    'Applied Scientist, AI Product Manager, and specialist tracks in computer vision, NLP and reinforcement learning',
  ],
  tools: [
    'Python',
    'PyTorch',
    'TensorFlow',
    'scikit-learn',
    'JAX',
    'Hugging Face',
    'NumPy',
    'pandas',
    'XGBoost',
    'LightGBM',
    'Jupyter',
    'Google Colab',
    'Vertex AI',
    'SageMaker',
  ],
  faq: [
    {
      question: 'How do AI, machine learning and deep learning relate?',
      answer:
        'They nest inside each other. AI is the broad goal of machines behaving intelligently; machine learning is the ' +
        'part of AI where behaviour is learned from data rather than programmed; deep learning is the part of machine ' +
        'learning that uses neural networks with many layers. Job ads mix the terms freely, but a role advertised as ' +
        '"AI" today usually means work with large language models and other deep networks.',
    },
    {
      question: 'When is a gradient-boosted tree a better choice than a neural network?',
      answer:
        'Reach for classical models when the dataset is small (a few thousand rows or fewer), when experts have already ' +
        'crafted informative features, when decisions must be explained (credit, medicine), when inference has to be ' +
        'cheap and fast on modest hardware, or when the relationship is close to linear. Most models running in ' +
        'production are boosted trees such as XGBoost or LightGBM; deep learning dominates the headlines, not the ' +
        'majority of deployments.',
    },
    {
      question: 'Supervised, unsupervised or reinforcement learning: which one fits my problem?',
      answer:
        'If you have labelled examples and want to predict the label, it is supervised (pricing a house from its ' +
        'features); this is the bulk of industry work. If there are no labels and you want to discover groups or ' +
        'compress the data, it is unsupervised (segmenting customers by behaviour). If an agent acts, observes a ' +
        'reward and improves by trying, it is reinforcement learning (games, robotics), which is mostly found in ' +
        'research labs. Start supervised whenever labels exist.',
    },
    {
      question: 'Which evaluation metric should I use if accuracy is misleading?',
      answer:
        'Accuracy only tells the truth when classes are balanced. With rare positives use precision, recall, F1 or the ' +
        'area under the ROC curve; for rankings use NDCG or MRR; for recommendations hit rate or RMSE; for generated ' +
        'text BLEU or ROUGE. Weigh the cost of each error: when a false alarm is expensive favour precision, when a ' +
        'miss is expensive (a fraudulent payment let through) favour recall. Many failed projects picked the wrong ' +
        'metric rather than the wrong model.',
    },
    {
      question: 'My model scores well in training and badly in production. What now?',
      answer:
        'That is overfitting: the model memorised its training set. In rough order of payoff, collect more data (two ' +
        'to ten times as much helps most), add regularisation (L1 or L2 penalties, dropout, early stopping), simplify ' +
        'the model (fewer features, a smaller network), and validate with cross-validation while keeping the test set ' +
        'untouched for the final check. Networks also benefit from batch normalisation and from stopping on ' +
        'validation loss; for classical models, tune the regularisation strength with a grid search.',
    },
    {
      question: 'Do I need a GPU or a TPU, and what does one cost?',
      answer:
        'A CPU is enough for datasets under roughly a million rows. A data-centre GPU such as an NVIDIA A100 or H100 ' +
        'speeds up the matrix maths by one to two orders of magnitude and pays off once a training run takes more than ' +
        'about an hour; cloud prices are around $1–3 an hour. TPUs are faster again for TensorFlow and JAX but cost ' +
        'roughly $4–8 an hour and are mostly used by large research groups. Start free on a laptop or Colab and rent ' +
        'a GPU when waiting becomes the bottleneck.',
    },
    {
      question: 'Can I land a first ML job without a PhD?',
      answer:
        'Yes. Most ML engineers hold a bachelor degree, not a doctorate. Spend two or three months on Python and ' +
        'statistics, build three to five portfolio projects on real datasets and put at least one model into ' +
        'production, add open-source contributions or write-ups, and apply for entry-level engineering roles that ' +
        'emphasise shipping over publishing. Research-heavy data science roles lean more on graduate degrees.',
    },
    {
      question: 'How much mathematics do I need?',
      answer:
        'Undergraduate linear algebra, calculus, probability and statistics let you understand why models behave as ' +
        'they do. For applied engineering work, strong programming and knowing which model fits which problem matter ' +
        'more than deriving algorithms by hand.',
    },
    {
      question: 'What separates a data scientist from an ML engineer?',
      answer:
        'A data scientist explores data, tests hypotheses and builds models to answer business questions. An ML ' +
        'engineer turns models into dependable production systems: pipelines, serving, monitoring and retraining at ' +
        'scale.',
    },
  ],
  subTopics: [
    'Supervised learning: classification and regression',
    'Unsupervised learning: clustering and dimensionality reduction',
    'Reinforcement learning',
    'Gradient-boosted trees and ensembles',
    'Neural networks: CNNs, RNNs and Transformers',
    'Evaluation metrics and validation',
    'Overfitting and regularisation',
    'Feature engineering',
    'Training hardware: CPUs, GPUs and TPUs',
    'Deployment and monitoring (MLOps)',
  ],
  relatedSkills: [
    'python',
    'statistics',
    'deep-learning',
    'linear-algebra',
    'feature-engineering',
    'mlops',
    'natural-language-processing',
    'computer-vision',
    'reinforcement-learning',
    'sql',
    'apache-spark',
    'data-analysis',
  ],
  certifications: [
    'google-professional-ml-engineer',
    'aws-ml-specialty',
    'azure-ai-engineer-associate',
    'ibm-ml-professional-certificate',
    'coursera-machine-learning-specialization',
    'tensorflow-developer-certificate',
    'certified-ai-practitioner',
  ],
};
