import { DEMO_LIMITS, type DemoCodeChallenge } from './demo-challenge';

const orders = (...rows: [number, string, string, number][]) =>
  `INSERT INTO orders (id, customer, ordered_on, amount) VALUES ${rows
    .map(([id, customer, day, amount]) => `(${id}, '${customer}', '${day}', ${amount})`)
    .join(', ')};`;

export const RUNNING_TOTALS: DemoCodeChallenge = {
  slug: 'running-totals-with-window-functions',
  title: 'Running totals per customer',
  skills: ['sql'],
  brief:
    'The table `orders(id, customer, ordered_on, amount)` holds one row per order. Write one query that returns ' +
    '`customer, ordered_on, amount, running_total, order_rank`: `running_total` adds up the customer’s amounts ' +
    'up to and including this order, and `order_rank` numbers the customer’s orders from 1, both in order of ' +
    '`ordered_on` then `id`. Sort the result by customer, then ordered_on, then id.',
  starterCode: 'SELECT customer, ordered_on, amount\nFROM orders;\n',
  referenceSolution: [
    'SELECT customer, ordered_on, amount,',
    '       SUM(amount) OVER (PARTITION BY customer ORDER BY ordered_on, id) AS running_total,',
    '       ROW_NUMBER() OVER (PARTITION BY customer ORDER BY ordered_on, id) AS order_rank',
    'FROM orders',
    'ORDER BY customer, ordered_on, id;',
    '',
  ].join('\n'),
  spec: {
    language: 'sql',
    entryPoint: 'query',
    limits: DEMO_LIMITS,
    sql: {
      schema:
        'CREATE TABLE orders (id INTEGER PRIMARY KEY, customer TEXT NOT NULL, ordered_on TEXT NOT NULL, amount INTEGER NOT NULL);',
    },
    tests: [
      {
        name: 'two customers',
        args: [orders([1, 'ana', '2026-01-01', 10], [2, 'bo', '2026-01-02', 5], [3, 'ana', '2026-01-03', 7])],
        expected: [
          { customer: 'ana', ordered_on: '2026-01-01', amount: 10, running_total: 10, order_rank: 1 },
          { customer: 'ana', ordered_on: '2026-01-03', amount: 7, running_total: 17, order_rank: 2 },
          { customer: 'bo', ordered_on: '2026-01-02', amount: 5, running_total: 5, order_rank: 1 },
        ],
        weight: 40,
        hidden: false,
      },
      {
        name: 'same day orders count one by one',
        args: [orders([4, 'cy', '2026-02-01', 3], [2, 'cy', '2026-02-01', 4], [9, 'cy', '2026-01-31', 1])],
        expected: [
          { customer: 'cy', ordered_on: '2026-01-31', amount: 1, running_total: 1, order_rank: 1 },
          { customer: 'cy', ordered_on: '2026-02-01', amount: 4, running_total: 5, order_rank: 2 },
          { customer: 'cy', ordered_on: '2026-02-01', amount: 3, running_total: 8, order_rank: 3 },
        ],
        weight: 40,
        hidden: true,
      },
      { name: 'no orders', args: [''], expected: [], weight: 20, hidden: true },
    ],
  },
};
