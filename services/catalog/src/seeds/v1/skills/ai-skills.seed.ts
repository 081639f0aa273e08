import type { SkillSeed } from '../../seed-types';

/** Specialisms that grow out of machine learning. */
export const aiSkills: SkillSeed[] = [
  {
    slug: 'deep-learning',
    name: 'Deep Learning',
    category: 'AI & Data',
    tier: 1,
    summary: 'Training many-layered neural networks that learn their own features from raw images, text and audio.',
    description:
      'Deep learning stacks layers of learned transformations: convolutional networks for images, recurrent networks ' +
      'for sequences and Transformers for nearly everything since. Practitioners design architectures, tune ' +
      'optimisers and learning-rate schedules, fight overfitting with dropout and normalisation, and train on GPUs.',
    whyItMatters:
      'Language models, image generators, speech recognition and modern vision systems are all deep networks, and ' +
      'roles advertised as AI mostly mean this work; it carries the highest pay premium within machine learning.',
    difficulty: 'expert',
    timeToLearn: '6–12 months on top of machine learning fundamentals',
    salaryImpact: '+$45k a year over a comparable software role',
    salaryByRegion: [
      { region: 'United States', currency: 'USD', junior: 135_000, mid: 210_000, senior: 320_000 },
      { region: 'United Kingdom', currency: 'GBP', junior: 78_000, mid: 130_000, senior: 190_000 },
      { region: 'European Union', currency: 'EUR', junior: 82_000, mid: 145_000, senior: 210_000 },
    ],
    careerPaths: ['Deep Learning Specialist', 'Research Scientist', 'Computer Vision Engineer', 'NLP Engineer'],
    tools: ['PyTorch', 'TensorFlow', 'Keras', 'JAX', 'Hugging Face', 'CUDA', 'Weights & Biases'],
    faq: [
      {
        question: 'Should I learn PyTorch or TensorFlow first?',
        answer:
          'PyTorch is the default in research and most new industry code; TensorFlow and Keras remain common in older ' +
          'production stacks. Learn one well; the concepts carry over in a week.',
      },
    ],
    subTopics: [
      'Backpropagation and optimisers',
      'Convolutional networks',
      'Transformers and attention',
      'Transfer learning',
    ],
    relatedSkills: ['machine-learning', 'computer-vision', 'natural-language-processing', 'generative-ai', 'python'],
    certifications: ['tensorflow-developer-certificate'],
  },
  {
    slug: 'natural-language-processing',
    name: 'Natural Language Processing',
    category: 'AI & Data',
    tier: 1,
    summary:
      'Making software read, classify, search and write human language, from sentiment analysis to chat assistants.',
    description:
      'NLP runs from tokenisation, embeddings and text classification to named-entity recognition, retrieval, ' +
      'translation and summarisation. Today most of it means adapting pretrained Transformer models, evaluating them ' +
      'with metrics such as BLEU and ROUGE, and wiring them into search and assistant products.',
    whyItMatters:
      'Support bots, document search, contract review and voice assistants all depend on language models, and ' +
      'companies need people who can make them accurate and safe on their own data.',
    difficulty: 'advanced',
    timeToLearn: '6–9 months after machine learning basics',
    salaryImpact: '+$35k a year over a comparable software role',
    salaryByRegion: [
      { region: 'United States', currency: 'USD', junior: 125_000, mid: 190_000, senior: 280_000 },
      { region: 'United Kingdom', currency: 'GBP', junior: 70_000, mid: 115_000, senior: 170_000 },
    ],
    careerPaths: ['NLP Engineer', 'Applied Scientist', 'Research Scientist', 'AI Engineer'],
    tools: ['Hugging Face Transformers', 'spaCy', 'NLTK', 'PyTorch', 'sentence-transformers', 'LangChain'],
    faq: [
      {
        question: 'Is classic NLP still worth learning now that large language models exist?',
        answer:
          'Yes: tokenisation, evaluation and error analysis decide whether a language model works on your data, and ' +
          'small specialised models are often cheaper and more reliable than a general one.',
      },
    ],
    subTopics: ['Tokenisation and embeddings', 'Text classification', 'Named-entity recognition', 'Retrieval and RAG'],
    relatedSkills: ['deep-learning', 'machine-learning', 'generative-ai', 'python'],
  },
  {
    slug: 'computer-vision',
    name: 'Computer Vision',
    category: 'AI & Data',
    tier: 1,
    summary: 'Teaching machines to recognise, locate and track what appears in images and video.',
    description:
      'Computer vision covers image classification, object detection, segmentation, tracking, face recognition and ' +
      '3D reconstruction. Work combines convolutional and vision-Transformer models with classic image processing, ' +
      'careful labelling and deployment on cameras, phones or edge devices where latency matters.',
    whyItMatters:
      'Driver assistance, medical imaging, retail checkout, quality inspection in factories and drones all depend on ' +
      'vision models, so the skill is hired across automotive, healthcare and manufacturing.',
    difficulty: 'advanced',
    timeToLearn: '6–9 months after machine learning basics',
    salaryImpact: '+$35k a year over a comparable software role',
    salaryByRegion: [
      { region: 'United States', currency: 'USD', junior: 125_000, mid: 185_000, senior: 270_000 },
      { region: 'European Union', currency: 'EUR', junior: 70_000, mid: 120_000, senior: 175_000 },
    ],
    careerPaths: ['Computer Vision Engineer', 'Robotics Engineer', 'Deep Learning Specialist'],
    tools: ['OpenCV', 'PyTorch', 'torchvision', 'YOLO', 'Detectron2', 'ONNX Runtime', 'TensorRT'],
    faq: [
      {
        question: 'How much labelled data does a vision model need?',
        answer:
          'Starting from a pretrained backbone, a few hundred well-labelled images per class often give a usable ' +
          'baseline; label quality matters more than volume early on.',
      },
    ],
    subTopics: ['Image classification', 'Object detection', 'Segmentation', 'Edge deployment'],
    relatedSkills: ['deep-learning', 'machine-learning', 'robotics', 'c-plus-plus'],
  },
  {
    slug: 'reinforcement-learning',
    name: 'Reinforcement Learning',
    category: 'AI & Data',
    tier: 3,
    summary: 'Training agents that improve by acting, observing rewards and adjusting their policy.',
    description:
      'Reinforcement learning models a problem as states, actions and rewards, and learns policies with methods such ' +
      'as Q-learning, policy gradients and actor-critic algorithms. It needs simulators or logged interaction data and ' +
      'careful reward design, and it is also how language models are tuned from human feedback.',
    whyItMatters:
      'Game agents, robot control, recommendation policies and the alignment of language models all use it; the ' +
      'roles are fewer and mostly in research, which keeps specialists rare and well paid.',
    difficulty: 'expert',
    timeToLearn: '9–12 months after machine learning and deep learning',
    salaryImpact: '+$40k a year, mostly in research roles',
    salaryByRegion: [{ region: 'United States', currency: 'USD', junior: 130_000, mid: 200_000, senior: 310_000 }],
    careerPaths: ['Research Scientist', 'Robotics Engineer', 'Applied Scientist'],
    tools: ['Gymnasium', 'Stable-Baselines3', 'RLlib', 'PyTorch', 'MuJoCo'],
    faq: [
      {
        question: 'Where is reinforcement learning used outside games?',
        answer:
          'Robot control, ad bidding, data-centre cooling, and tuning language models from human preferences are the ' +
          'best-known production uses.',
      },
    ],
    subTopics: ['Markov decision processes', 'Q-learning', 'Policy gradients', 'Learning from human feedback'],
    relatedSkills: ['machine-learning', 'deep-learning', 'robotics', 'probability'],
  },
  {
    slug: 'generative-ai',
    name: 'Generative AI and LLMs',
    category: 'AI & Data',
    tier: 1,
    summary: 'Building products on large language and image models: prompting, retrieval, fine-tuning and evaluation.',
    description:
      'Generative AI work means choosing a foundation model, grounding it in company data with retrieval, shaping ' +
      'outputs with prompts, tools and structured output, fine-tuning when prompting is not enough, and measuring ' +
      'quality, cost and safety with systematic evaluations.',
    whyItMatters:
      'Almost every software company is adding assistants, summarisation or generation features, and few engineers ' +
      'yet know how to make them dependable and affordable.',
    difficulty: 'intermediate',
    timeToLearn: '3–6 months for a working software engineer',
    salaryImpact: '+$30k a year over a comparable software role',
    salaryByRegion: [
      { region: 'United States', currency: 'USD', junior: 120_000, mid: 185_000, senior: 275_000 },
      { region: 'United Kingdom', currency: 'GBP', junior: 65_000, mid: 110_000, senior: 160_000 },
    ],
    careerPaths: ['AI Engineer', 'NLP Engineer', 'AI Product Manager'],
    tools: ['OpenAI API', 'Hugging Face', 'LangChain', 'LlamaIndex', 'vLLM', 'pgvector'],
    faq: [
      {
        question: 'Do I need to train my own model?',
        answer:
          'Rarely. Most products combine a hosted or open model with retrieval and good prompts; fine-tuning comes ' +
          'later, for style, format or cost.',
      },
    ],
    subTopics: ['Prompt design', 'Retrieval-augmented generation', 'Fine-tuning', 'Evaluation and guardrails'],
    relatedSkills: ['natural-language-processing', 'deep-learning', 'python', 'mlops'],
  },
  {
    slug: 'mlops',
    name: 'MLOps',
    category: 'AI & Data',
    tier: 2,
    summary: 'Running models in production: reproducible training, deployment, monitoring and retraining.',
    description:
      'MLOps applies software delivery practice to models: versioned data and experiments, training pipelines, model ' +
      'registries, serving behind APIs, drift and quality monitoring, and automated retraining, usually on containers ' +
      'and a cloud platform.',
    whyItMatters:
      'Most models never reach users because nobody can operate them; teams that can ship and watch models turn data ' +
      'science spending into products.',
    difficulty: 'advanced',
    timeToLearn: '4–8 months for an engineer who knows machine learning basics',
    salaryImpact: '+$30k a year over a comparable software role',
    salaryByRegion: [
      { region: 'United States', currency: 'USD', junior: 115_000, mid: 170_000, senior: 240_000 },
      { region: 'European Union', currency: 'EUR', junior: 65_000, mid: 105_000, senior: 150_000 },
    ],
    careerPaths: ['MLOps Engineer', 'ML Engineer', 'Data Engineer'],
    tools: ['MLflow', 'Kubeflow', 'Docker', 'Kubernetes', 'Airflow', 'SageMaker', 'Vertex AI'],
    faq: [
      {
        question: 'How is MLOps different from DevOps?',
        answer:
          'Besides code, it versions data and models, and it watches for a model silently getting worse as the world ' +
          'changes, which ordinary monitoring does not catch.',
      },
    ],
    subTopics: ['Experiment tracking', 'Model serving', 'Drift monitoring', 'Training pipelines'],
    relatedSkills: ['machine-learning', 'docker', 'kubernetes', 'cloud-computing', 'data-engineering'],
    certifications: ['google-professional-ml-engineer', 'aws-ml-specialty'],
  },
  {
    slug: 'feature-engineering',
    name: 'Feature Engineering',
    category: 'AI & Data',
    tier: 2,
    summary: 'Turning raw records into the informative inputs that make classical models accurate.',
    description:
      'Feature engineering covers encoding categories, scaling, aggregating events over time windows, building ' +
      'interaction terms, handling missing values and leakage, and selecting the features that carry signal. It is ' +
      'where domain knowledge enters a model.',
    whyItMatters:
      'On tabular business data, good features beat bigger models, and gradient-boosted trees with strong features ' +
      'still win most production problems.',
    difficulty: 'intermediate',
    timeToLearn: '2–4 months alongside machine learning',
    salaryImpact: '+$15k a year for data roles',
    salaryByRegion: [{ region: 'United States', currency: 'USD', junior: 100_000, mid: 145_000, senior: 200_000 }],
    careerPaths: ['Data Scientist', 'ML Engineer'],
    tools: ['pandas', 'scikit-learn', 'Featuretools', 'Feast', 'SQL'],
    faq: [
      {
        question: 'What is target leakage?',
        answer:
          'A feature that secretly contains the answer, such as a field filled in after the outcome; it makes ' +
          'validation scores look great and production results poor.',
      },
    ],
    subTopics: ['Encoding categories', 'Time-window aggregates', 'Missing values', 'Leakage'],
    relatedSkills: ['machine-learning', 'data-analysis', 'sql', 'statistics'],
  },
  {
    slug: 'recommender-systems',
    name: 'Recommender Systems',
    category: 'AI & Data',
    tier: 3,
    summary: 'Ranking products, content and people for each user from behaviour and item data.',
    description:
      'Recommenders combine collaborative filtering, content features, embeddings and learning-to-rank models, and are ' +
      'judged with ranking metrics such as NDCG, hit rate and online A/B tests.',
    whyItMatters:
      'Streaming services, shops and social feeds earn a large share of revenue through recommendations, so small ' +
      'ranking gains are worth a lot.',
    difficulty: 'advanced',
    timeToLearn: '4–6 months after machine learning basics',
    salaryImpact: '+$30k a year in consumer technology',
    salaryByRegion: [{ region: 'United States', currency: 'USD', junior: 125_000, mid: 185_000, senior: 265_000 }],
    careerPaths: ['ML Engineer', 'Applied Scientist', 'Data Scientist'],
    tools: ['implicit', 'LightFM', 'TensorFlow Recommenders', 'Faiss', 'Spark MLlib'],
    faq: [
      {
        question: 'How do recommenders handle new users?',
        answer:
          'With content features, popularity and context until enough behaviour exists; this is the cold-start ' +
          'problem.',
      },
    ],
    subTopics: ['Collaborative filtering', 'Learning to rank', 'Embeddings', 'Online evaluation'],
    relatedSkills: ['machine-learning', 'deep-learning', 'apache-spark'],
  },
];
