import type { SkillSeed } from '../../seed-types';

/** Mathematics and data handling that machine learning stands on. */
export const dataSkills: SkillSeed[] = [
  {
    slug: 'statistics',
    name: 'Statistics',
    category: 'Mathematics',
    tier: 1,
    summary: 'Describing data, quantifying uncertainty and testing whether an effect is real.',
    description:
      'Applied statistics covers distributions, estimation, confidence intervals, hypothesis tests, regression, ' +
      'experimental design and Bayesian reasoning: the tools for telling signal from noise.',
    whyItMatters:
      'Every A/B test, forecast and model evaluation rests on it; analysts and scientists who reason soundly about ' +
      'uncertainty avoid expensive wrong conclusions.',
    difficulty: 'intermediate',
    timeToLearn: '3–6 months for applied fluency',
    salaryImpact: '+$10k a year for analytical roles',
    salaryByRegion: [{ region: 'United States', currency: 'USD', junior: 80_000, mid: 115_000, senior: 155_000 }],
    careerPaths: ['Data Scientist', 'Business Intelligence Analyst', 'Research Scientist'],
    tools: ['R', 'Python', 'statsmodels', 'SciPy', 'Stan'],
    faq: [
      {
        question: 'Frequentist or Bayesian?',
        answer:
          'Learn frequentist testing first because most experimentation platforms use it, then Bayesian methods for ' +
          'small samples and for combining prior knowledge with data.',
      },
    ],
    subTopics: ['Hypothesis testing', 'Regression', 'Experimental design', 'Bayesian inference'],
    relatedSkills: ['probability', 'machine-learning', 'data-analysis', 'r-programming'],
  },
  {
    slug: 'probability',
    name: 'Probability',
    category: 'Mathematics',
    tier: 2,
    summary: 'The mathematics of chance: random variables, distributions and expectations.',
    description:
      'Probability theory gives the language for uncertainty: conditional probability, Bayes rule, common ' +
      'distributions, expectation and variance, and the limit theorems behind sampling.',
    whyItMatters:
      'Loss functions, generative models, A/B tests and risk models are all probabilistic; without it models remain ' +
      'black boxes.',
    difficulty: 'intermediate',
    timeToLearn: '2–4 months',
    salaryImpact: 'Indirect: a prerequisite for the best-paid data roles',
    salaryByRegion: [{ region: 'United States', currency: 'USD', junior: 85_000, mid: 120_000, senior: 160_000 }],
    careerPaths: ['Data Scientist', 'Research Scientist', 'Quantitative Analyst'],
    tools: ['Python', 'NumPy', 'SciPy', 'PyMC'],
    faq: [
      {
        question: 'How much probability does machine learning need?',
        answer: 'Conditional probability, Bayes rule and the common distributions cover most day-to-day work.',
      },
    ],
    subTopics: ['Conditional probability', 'Distributions', 'Expectation and variance', 'Limit theorems'],
    relatedSkills: ['statistics', 'linear-algebra', 'machine-learning'],
  },
  {
    slug: 'linear-algebra',
    name: 'Linear Algebra',
    category: 'Mathematics',
    tier: 2,
    summary: 'Vectors, matrices and their transformations, the working language of numerical machine learning.',
    description:
      'Linear algebra covers vector spaces, matrix products, eigenvalues, singular value decomposition and least ' +
      'squares; neural networks and most classical models are built from these operations.',
    whyItMatters:
      'Understanding shapes, projections and decompositions makes debugging models and reading research papers ' +
      'practical rather than guesswork.',
    difficulty: 'intermediate',
    timeToLearn: '2–4 months',
    salaryImpact: 'Indirect: expected in research and deep learning interviews',
    salaryByRegion: [{ region: 'United States', currency: 'USD', junior: 90_000, mid: 130_000, senior: 175_000 }],
    careerPaths: ['Research Scientist', 'Deep Learning Specialist', 'ML Engineer'],
    tools: ['NumPy', 'JAX', 'MATLAB'],
    faq: [
      {
        question: 'Which topics matter most?',
        answer: 'Matrix multiplication, eigen-decomposition, SVD and least squares appear again and again.',
      },
    ],
    subTopics: ['Matrix operations', 'Eigenvalues', 'Singular value decomposition', 'Least squares'],
    relatedSkills: ['probability', 'machine-learning', 'deep-learning'],
  },
  {
    slug: 'sql',
    name: 'SQL',
    category: 'Data Engineering',
    tier: 1,
    summary: 'Querying, joining and aggregating data in relational databases and warehouses.',
    description:
      'SQL covers selects, joins, grouping, window functions, common table expressions, indexes and query plans, on ' +
      'databases such as PostgreSQL and warehouses such as BigQuery and Snowflake.',
    whyItMatters:
      'Nearly every company keeps its data in SQL systems; it is the most requested skill in data job ads and the ' +
      'fastest way to answer a business question.',
    difficulty: 'beginner',
    timeToLearn: '1–3 months',
    salaryImpact: '+$8k a year across data roles',
    salaryByRegion: [
      { region: 'United States', currency: 'USD', junior: 70_000, mid: 100_000, senior: 140_000 },
      { region: 'United Kingdom', currency: 'GBP', junior: 35_000, mid: 55_000, senior: 80_000 },
    ],
    careerPaths: ['Data Engineer', 'Business Intelligence Analyst', 'Data Scientist'],
    tools: ['PostgreSQL', 'BigQuery', 'Snowflake', 'dbt', 'MySQL'],
    faq: [
      {
        question: 'Which database should I practise on?',
        answer: 'PostgreSQL: it is free, standard-conforming, and its window functions match the big warehouses.',
      },
    ],
    subTopics: ['Joins', 'Window functions', 'Query plans and indexes', 'Data modelling'],
    relatedSkills: ['data-analysis', 'data-engineering', 'python'],
  },
  {
    slug: 'apache-spark',
    name: 'Apache Spark',
    category: 'Data Engineering',
    tier: 2,
    summary: 'Processing data too large for one machine with distributed dataframes and SQL.',
    description:
      'Spark spreads dataframe and SQL workloads across a cluster, with MLlib for distributed learning and Structured ' +
      'Streaming for near-real-time pipelines; tuning partitions, shuffles and memory is the craft.',
    whyItMatters:
      'Large companies run their feature pipelines and batch analytics on Spark, often through Databricks, and need ' +
      'engineers who can keep those jobs fast and cheap.',
    difficulty: 'intermediate',
    timeToLearn: '2–4 months for someone fluent in SQL and Python',
    salaryImpact: '+$20k a year for data engineers',
    salaryByRegion: [{ region: 'United States', currency: 'USD', junior: 105_000, mid: 150_000, senior: 200_000 }],
    careerPaths: ['Data Engineer', 'ML Engineer', 'MLOps Engineer'],
    tools: ['PySpark', 'Spark SQL', 'Databricks', 'Delta Lake', 'MLlib'],
    faq: [
      {
        question: 'When is Spark overkill?',
        answer: 'When the data fits on one machine; pandas, Polars or DuckDB are simpler and often faster there.',
      },
    ],
    subTopics: ['Dataframes and partitions', 'Shuffles and joins', 'Structured Streaming', 'MLlib'],
    relatedSkills: ['data-engineering', 'sql', 'python', 'apache-kafka'],
    certifications: ['databricks-spark-developer'],
  },
  {
    slug: 'data-engineering',
    name: 'Data Engineering',
    category: 'Data Engineering',
    tier: 1,
    summary: 'Building the pipelines and storage that deliver clean, timely data to analysts and models.',
    description:
      'Data engineers design ingestion, transformation and storage: batch and streaming pipelines, warehouses and ' +
      'lakes, orchestration, data quality checks and the schemas everyone else depends on.',
    whyItMatters:
      'Models and dashboards are only as good as the data under them; data engineers are among the most hired roles ' +
      'in analytics teams.',
    difficulty: 'intermediate',
    timeToLearn: '6–9 months',
    salaryImpact: '+$20k a year over a comparable software role',
    salaryByRegion: [
      { region: 'United States', currency: 'USD', junior: 100_000, mid: 145_000, senior: 195_000 },
      { region: 'European Union', currency: 'EUR', junior: 55_000, mid: 80_000, senior: 110_000 },
    ],
    careerPaths: ['Data Engineer', 'MLOps Engineer', 'Analytics Engineer'],
    tools: ['Airflow', 'dbt', 'Kafka', 'Spark', 'Snowflake', 'BigQuery'],
    faq: [
      {
        question: 'Do data engineers need machine learning?',
        answer: 'Not deeply, but knowing how features are consumed helps build pipelines that models can trust.',
      },
    ],
    subTopics: ['Batch pipelines', 'Streaming', 'Warehouses and lakes', 'Data quality'],
    relatedSkills: ['sql', 'apache-spark', 'apache-kafka', 'python', 'cloud-computing'],
    certifications: ['google-professional-data-engineer'],
  },
  {
    slug: 'data-analysis',
    name: 'Data Analysis',
    category: 'AI & Data',
    tier: 1,
    summary: 'Cleaning, exploring and summarising data to answer concrete questions.',
    description:
      'Analysis means loading messy data, cleaning and reshaping it, exploring distributions and relationships, and ' +
      'reporting findings clearly, mostly with pandas, NumPy and SQL in notebooks.',
    whyItMatters: 'It is the entry point to every data career and the daily work of analysts and scientists alike.',
    difficulty: 'beginner',
    timeToLearn: '2–4 months',
    salaryImpact: '+$10k a year for business roles',
    salaryByRegion: [{ region: 'United States', currency: 'USD', junior: 65_000, mid: 90_000, senior: 125_000 }],
    careerPaths: ['Business Intelligence Analyst', 'Data Scientist'],
    tools: ['pandas', 'NumPy', 'Jupyter', 'SQL', 'Excel'],
    faq: [
      {
        question: 'pandas or SQL?',
        answer: 'Both: SQL to pull and aggregate where the data lives, pandas for the reshaping and plotting after.',
      },
    ],
    subTopics: ['Data cleaning', 'Exploratory analysis', 'Aggregation', 'Reporting'],
    relatedSkills: ['sql', 'python', 'statistics', 'data-visualization'],
  },
  {
    slug: 'data-visualization',
    name: 'Data Visualization',
    category: 'AI & Data',
    tier: 2,
    summary: 'Showing data in charts and dashboards that people understand at a glance.',
    description:
      'Visualisation is about choosing the right chart, encoding data honestly, and building dashboards in tools such ' +
      'as Tableau and Power BI or in code with Matplotlib and Seaborn.',
    whyItMatters:
      'Insights that nobody understands change nothing; clear charts are how analysis reaches decision makers.',
    difficulty: 'beginner',
    timeToLearn: '1–3 months',
    salaryImpact: '+$5k a year for analyst roles',
    salaryByRegion: [{ region: 'United States', currency: 'USD', junior: 65_000, mid: 88_000, senior: 120_000 }],
    careerPaths: ['Business Intelligence Analyst', 'Data Scientist'],
    tools: ['Tableau', 'Power BI', 'Looker Studio', 'Matplotlib', 'Seaborn'],
    faq: [
      {
        question: 'Which tool do employers ask for?',
        answer: 'Tableau and Power BI dominate business dashboards; Matplotlib and Seaborn dominate notebooks.',
      },
    ],
    subTopics: ['Chart choice', 'Dashboards', 'Storytelling with data'],
    relatedSkills: ['data-analysis', 'statistics'],
  },
  {
    slug: 'apache-kafka',
    name: 'Apache Kafka',
    category: 'Data Engineering',
    tier: 3,
    summary: 'Moving events between systems in real time with a durable, partitioned log.',
    description:
      'Kafka stores streams of events in partitioned, replicated logs; engineers design topics and keys, run ' +
      'consumers and stream processors, and keep delivery guarantees under load.',
    whyItMatters:
      'Real-time features such as fraud scoring and live recommendations need fresh events, and Kafka is the usual ' +
      'backbone for them.',
    difficulty: 'intermediate',
    timeToLearn: '2–3 months',
    salaryImpact: '+$15k a year for data engineers',
    salaryByRegion: [{ region: 'United States', currency: 'USD', junior: 105_000, mid: 150_000, senior: 195_000 }],
    careerPaths: ['Data Engineer', 'MLOps Engineer'],
    tools: ['Kafka Streams', 'ksqlDB', 'Kafka Connect', 'Flink'],
    faq: [
      {
        question: 'Kafka or a message queue?',
        answer:
          'Kafka keeps events for replay by many consumers; a queue hands each message to one worker and forgets.',
      },
    ],
    subTopics: ['Topics and partitions', 'Consumer groups', 'Stream processing'],
    relatedSkills: ['data-engineering', 'apache-spark'],
  },
];
