import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { SigningKeyEntity } from '../entities/signing-key.entity';

@Injectable()
export class SigningKeyRepository {
  constructor(@InjectRepository(SigningKeyEntity) private readonly keys: Repository<SigningKeyEntity>) {}

  findNewest(): Promise<SigningKeyEntity | null> {
    return this.keys.findOne({ where: {}, order: { createdAt: 'DESC' } });
  }

  async insertIfNone(kid: string, privateKeyPem: string): Promise<void> {
    await this.keys.createQueryBuilder().insert().values({ kid, privateKeyPem }).orIgnore().execute();
  }
}
