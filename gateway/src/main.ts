import 'reflect-metadata';
import { runApp } from '@skillproof/platform';
import { GATEWAY } from './app.definition';

runApp(GATEWAY);
