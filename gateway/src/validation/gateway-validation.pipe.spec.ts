import { IsString } from 'class-validator';
import { IdParams } from '../jobs/id.params';
import { GatewayValidationPipe } from './gateway-validation.pipe';

class NoteBody {
  @IsString() text: string;
}

describe('the gateway validation pipe', () => {
  const pipe = new GatewayValidationPipe();
  const id = '6c1b9d8e-2f4a-4b7e-9a1c-3d5e7f9a1b2c';

  it("lets a bare @Args() class take its own fields from a GraphQL field's arguments", async () => {
    const args = { id, limit: 10, input: { status: 'closed' } };
    await expect(pipe.transform(args, { type: 'body', metatype: IdParams })).resolves.toEqual(
      Object.assign(new IdParams(), { id }),
    );
  });

  it('still validates those fields', async () => {
    await expect(
      pipe.transform({ id: 'not-a-uuid', limit: 10 }, { type: 'body', metatype: IdParams }),
    ).rejects.toMatchObject({ status: 400, errors: [{ field: 'id' }] });
  });

  it('refuses an unknown field in a body, where nothing else has refused it', async () => {
    await expect(
      pipe.transform({ text: 'hello', role: 'admin' }, { type: 'body', metatype: NoteBody }),
    ).rejects.toMatchObject({ status: 400, errors: [{ field: 'role', message: 'property role should not exist' }] });
  });
});
