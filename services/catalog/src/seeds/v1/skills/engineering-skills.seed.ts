import type { SkillSeed } from '../../seed-types';

/** Programming, infrastructure and product skills that machine learning roles pair with. */
export const engineeringSkills: SkillSeed[] = [
  {
    slug: 'python',
    name: 'Python',
    category: 'Programming',
    tier: 1,
    summary: 'The general-purpose language that data science and machine learning are written in.',
    description:
      'Python work for data roles means fluent core language, packaging and virtual environments, testing, and the ' +
      'scientific stack (NumPy, pandas, scikit-learn, PyTorch), plus enough performance sense to know when to ' +
      'vectorise.',
    whyItMatters:
      'It is the first requirement in almost every machine learning and data job ad, and the glue between notebooks, ' +
      'pipelines and services.',
    difficulty: 'beginner',
    timeToLearn: '2–3 months to productive, longer to idiomatic',
    salaryImpact: '+$10k a year across engineering roles',
    salaryByRegion: [
      { region: 'United States', currency: 'USD', junior: 85_000, mid: 125_000, senior: 170_000 },
      { region: 'United Kingdom', currency: 'GBP', junior: 40_000, mid: 65_000, senior: 95_000 },
      { region: 'European Union', currency: 'EUR', junior: 45_000, mid: 65_000, senior: 90_000 },
    ],
    careerPaths: ['ML Engineer', 'Data Scientist', 'Data Engineer', 'Backend Engineer'],
    tools: ['NumPy', 'pandas', 'pytest', 'Poetry', 'Jupyter', 'FastAPI'],
    faq: [
      {
        question: 'Is Python fast enough for machine learning?',
        answer:
          'Yes, because the heavy maths runs in compiled libraries underneath; Python orchestrates, C++ and CUDA do ' +
          'the number crunching.',
      },
    ],
    subTopics: ['Core language', 'Scientific stack', 'Packaging and environments', 'Testing'],
    relatedSkills: ['machine-learning', 'data-analysis', 'sql', 'git'],
  },
  {
    slug: 'r-programming',
    name: 'R',
    category: 'Programming',
    tier: 3,
    summary: 'A language built for statistics, modelling and publication-quality charts.',
    description:
      'R shines at statistical modelling, the tidyverse for data wrangling, ggplot2 for graphics and R Markdown or ' +
      'Quarto for reproducible reports; it is common in biostatistics, academia and finance.',
    whyItMatters:
      'Clinical research, epidemiology and many analytics teams still run on R, where it is often a hard requirement.',
    difficulty: 'beginner',
    timeToLearn: '2–3 months',
    salaryImpact: '+$5k a year in research and healthcare analytics',
    salaryByRegion: [{ region: 'United States', currency: 'USD', junior: 70_000, mid: 100_000, senior: 135_000 }],
    careerPaths: ['Data Scientist', 'Business Intelligence Analyst', 'Biostatistician'],
    tools: ['tidyverse', 'ggplot2', 'RStudio', 'Quarto', 'Shiny'],
    faq: [
      {
        question: 'R or Python?',
        answer: 'Python for engineering and deep learning; R where statistics and reporting are the core of the job.',
      },
    ],
    subTopics: ['Tidyverse', 'Statistical modelling', 'Graphics'],
    relatedSkills: ['statistics', 'data-analysis', 'data-visualization'],
  },
  {
    slug: 'c-plus-plus',
    name: 'C++',
    category: 'Programming',
    tier: 2,
    summary: 'A systems language for code that must run fast, close to the hardware.',
    description:
      'Modern C++ brings templates, move semantics and RAII; for AI work it is used to write inference engines, CUDA ' +
      'kernels, robotics control loops and latency-critical services.',
    whyItMatters:
      'Self-driving stacks, game engines, trading systems and the internals of PyTorch and TensorFlow are written in ' +
      'it, and such roles pay a premium.',
    difficulty: 'advanced',
    timeToLearn: '9–12 months',
    salaryImpact: '+$20k a year in performance-critical domains',
    salaryByRegion: [{ region: 'United States', currency: 'USD', junior: 100_000, mid: 150_000, senior: 210_000 }],
    careerPaths: ['Computer Vision Engineer', 'Robotics Engineer', 'Systems Engineer'],
    tools: ['CMake', 'CUDA', 'Eigen', 'gdb', 'clang-tidy'],
    faq: [
      {
        question: 'Do ML engineers need C++?',
        answer: 'Most do not; those who deploy on robots, cars or phones, or write kernels, usually do.',
      },
    ],
    subTopics: ['Memory and ownership', 'Templates', 'Performance profiling', 'CUDA basics'],
    relatedSkills: ['computer-vision', 'robotics'],
  },
  {
    slug: 'git',
    name: 'Git',
    category: 'Software Engineering',
    tier: 2,
    summary: 'Tracking changes to code and collaborating through branches and reviews.',
    description:
      'Git fluency means clean commits, branching, rebasing and merging, resolving conflicts, and working through ' +
      'pull requests on platforms such as GitHub and GitLab.',
    whyItMatters:
      'Every engineering team uses it, and a public history of good commits is part of a credible portfolio.',
    difficulty: 'beginner',
    timeToLearn: '2–4 weeks',
    salaryImpact: 'Expected rather than rewarded',
    salaryByRegion: [{ region: 'United States', currency: 'USD', junior: 80_000, mid: 115_000, senior: 155_000 }],
    careerPaths: ['Every engineering role'],
    tools: ['GitHub', 'GitLab', 'pre-commit', 'DVC'],
    faq: [
      {
        question: 'How do I version datasets and models?',
        answer: 'Keep code in Git and large files in a companion tool such as DVC or a model registry.',
      },
    ],
    subTopics: ['Branching', 'Rebasing', 'Code review'],
    relatedSkills: ['python', 'docker'],
  },
  {
    slug: 'docker',
    name: 'Docker',
    category: 'Infrastructure',
    tier: 2,
    summary: 'Packaging an application and its dependencies into a container that runs the same everywhere.',
    description:
      'Docker skills cover writing small, secure images, multi-stage builds, volumes and networks, and composing ' +
      'services for local development and CI.',
    whyItMatters:
      'Models are deployed as containers on nearly every platform, so reproducible images are the first step to ' +
      'production.',
    difficulty: 'beginner',
    timeToLearn: '3–6 weeks',
    salaryImpact: '+$5k a year for engineers',
    salaryByRegion: [{ region: 'United States', currency: 'USD', junior: 90_000, mid: 130_000, senior: 175_000 }],
    careerPaths: ['MLOps Engineer', 'Data Engineer', 'Backend Engineer'],
    tools: ['Docker Compose', 'BuildKit', 'Trivy'],
    faq: [
      {
        question: 'How do I keep model images small?',
        answer:
          'Use slim base images, multi-stage builds, and load large weights at start-up instead of baking them in.',
      },
    ],
    subTopics: ['Images and layers', 'Multi-stage builds', 'Compose'],
    relatedSkills: ['kubernetes', 'mlops', 'cloud-computing'],
  },
  {
    slug: 'kubernetes',
    name: 'Kubernetes',
    category: 'Infrastructure',
    tier: 2,
    summary: 'Running and scaling containers across a cluster.',
    description:
      'Kubernetes work means deployments, services, autoscaling, configuration and secrets, GPU scheduling and ' +
      'operators such as Kubeflow for machine learning workloads.',
    whyItMatters:
      'Training jobs and model servers at most larger companies run on Kubernetes, and operating it well saves money.',
    difficulty: 'advanced',
    timeToLearn: '3–6 months',
    salaryImpact: '+$20k a year for platform and MLOps roles',
    salaryByRegion: [{ region: 'United States', currency: 'USD', junior: 110_000, mid: 155_000, senior: 205_000 }],
    careerPaths: ['MLOps Engineer', 'Platform Engineer'],
    tools: ['kubectl', 'Helm', 'Kubeflow', 'KServe', 'Argo'],
    faq: [
      {
        question: 'Do I need Kubernetes to serve a model?',
        answer: 'No; a managed endpoint is simpler for a few models. Kubernetes pays off with many services and GPUs.',
      },
    ],
    subTopics: ['Workloads and services', 'Autoscaling', 'GPU scheduling'],
    relatedSkills: ['docker', 'mlops', 'cloud-computing'],
    certifications: ['cncf-cka'],
  },
  {
    slug: 'cloud-computing',
    name: 'Cloud Computing',
    category: 'Infrastructure',
    tier: 1,
    summary: 'Building on AWS, Azure or Google Cloud: compute, storage, networking and managed ML services.',
    description:
      'Cloud skills cover identity and access, storage, compute and networking, infrastructure as code, cost control, ' +
      'and managed machine learning platforms such as SageMaker, Azure ML and Vertex AI.',
    whyItMatters:
      'Training and serving models needs elastic hardware, and almost all of it is rented from a cloud provider.',
    difficulty: 'intermediate',
    timeToLearn: '3–6 months',
    salaryImpact: '+$15k a year for engineers',
    salaryByRegion: [
      { region: 'United States', currency: 'USD', junior: 95_000, mid: 140_000, senior: 190_000 },
      { region: 'United Kingdom', currency: 'GBP', junior: 45_000, mid: 70_000, senior: 100_000 },
    ],
    careerPaths: ['MLOps Engineer', 'Data Engineer', 'Cloud Engineer'],
    tools: ['AWS', 'Microsoft Azure', 'Google Cloud', 'Terraform', 'SageMaker', 'Vertex AI', 'Azure ML'],
    faq: [
      {
        question: 'Which provider should I learn?',
        answer: 'The one your target employers use; AWS has the largest share, and the concepts transfer.',
      },
    ],
    subTopics: ['Identity and access', 'Infrastructure as code', 'Managed ML platforms', 'Cost control'],
    relatedSkills: ['docker', 'kubernetes', 'mlops'],
    certifications: ['aws-solutions-architect-associate', 'azure-ai-engineer-associate'],
  },
  {
    slug: 'robotics',
    name: 'Robotics',
    category: 'AI & Data',
    tier: 3,
    summary: 'Making machines perceive, plan and act in the physical world.',
    description:
      'Robotics combines kinematics, control, sensor fusion, localisation and planning with learned perception, ' +
      'usually on ROS and tested in simulation before hardware.',
    whyItMatters:
      'Warehouses, factories, drones and autonomous vehicles are adopting learned control, and few engineers span ' +
      'both hardware and machine learning.',
    difficulty: 'expert',
    timeToLearn: '12–18 months',
    salaryImpact: '+$25k a year with machine learning experience',
    salaryByRegion: [{ region: 'United States', currency: 'USD', junior: 105_000, mid: 150_000, senior: 215_000 }],
    careerPaths: ['Robotics Engineer', 'Computer Vision Engineer'],
    tools: ['ROS 2', 'Gazebo', 'MuJoCo', 'OpenCV', 'PyTorch'],
    faq: [
      {
        question: 'Can I learn robotics without hardware?',
        answer: 'Mostly: simulators such as Gazebo and MuJoCo cover control and perception before a real robot.',
      },
    ],
    subTopics: ['Kinematics and control', 'Sensor fusion', 'Motion planning', 'Simulation'],
    relatedSkills: ['computer-vision', 'reinforcement-learning', 'c-plus-plus'],
  },
  {
    slug: 'product-management',
    name: 'AI Product Management',
    category: 'Product',
    tier: 2,
    summary: 'Deciding what AI features to build, for whom, and how to tell whether they work.',
    description:
      'AI product managers frame problems a model can solve, define success metrics and acceptable error, plan data ' +
      'collection, weigh cost and risk, and guide engineers and stakeholders through uncertain, iterative delivery.',
    whyItMatters:
      'Many AI projects fail on the wrong problem or the wrong metric rather than on the model; managers who understand ' +
      'both sides are in demand.',
    difficulty: 'intermediate',
    timeToLearn: '4–8 months for an experienced product manager',
    salaryImpact: '+$25k a year over a general product role',
    salaryByRegion: [{ region: 'United States', currency: 'USD', junior: 115_000, mid: 165_000, senior: 230_000 }],
    careerPaths: ['AI Product Manager', 'Head of Product'],
    tools: ['Jira', 'Amplitude', 'Figma', 'SQL'],
    faq: [
      {
        question: 'Does an AI product manager need to code?',
        answer: 'Not daily, but reading metrics, querying data and understanding model limits are expected.',
      },
    ],
    subTopics: ['Problem framing', 'Success metrics', 'Experimentation', 'Responsible AI'],
    relatedSkills: ['machine-learning', 'data-analysis', 'generative-ai'],
  },
];
