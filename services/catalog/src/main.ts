import 'reflect-metadata';
import { runApp } from '@skillproof/platform';
import { CATALOG_SERVICE } from './app.definition';

runApp(CATALOG_SERVICE);
