import 'reflect-metadata';
import { runApp } from '@skillproof/platform';
import { CHALLENGES_SERVICE } from './app.definition';

runApp(CHALLENGES_SERVICE);
