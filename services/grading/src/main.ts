import 'reflect-metadata';
import { runApp } from '@skillproof/platform';
import { GRADING_SERVICE } from './app.definition';

runApp(GRADING_SERVICE);
