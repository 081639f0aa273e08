import { Injectable } from '@nestjs/common';
import { randomInt } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { HANDLE_PATTERN } from '@skillproof/contracts';
import { CandidateProfileRepository } from '../repositories/candidate-profile.repository';
import { isReservedHandle } from './handle.rule';

const ATTEMPTS = 8;

/** Turns a name into a free handle: `ada-lovelace`, then `ada-lovelace-4821` when that is taken. */
@Injectable()
export class HandleGenerator {
  constructor(private readonly profiles: CandidateProfileRepository) {}

  async forName(name: string, manager: EntityManager): Promise<string> {
    const base = slugOf(name);
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const free = attempt === 0 && HANDLE_PATTERN.test(base) && !isReservedHandle(base);
      const candidate = free ? base : `${base}-${randomInt(1_000, 100_000)}`;
      if (!(await this.profiles.publicHandleExists(candidate, manager))) return candidate;
    }
    return `${base}-${randomInt(100_000_000, 1_000_000_000)}`;
  }
}

export function slugOf(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 28)
    .replace(/-+$/, '');
  return slug.length > 0 ? slug : 'candidate';
}
