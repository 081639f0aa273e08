import 'reflect-metadata';
import { runApp } from '@skillproof/platform';
import { PROFILES_SERVICE } from './app.definition';

runApp(PROFILES_SERVICE);
