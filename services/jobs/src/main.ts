import 'reflect-metadata';
import { runApp } from '@skillproof/platform';
import { JOBS_SERVICE } from './app.definition';

runApp(JOBS_SERVICE);
