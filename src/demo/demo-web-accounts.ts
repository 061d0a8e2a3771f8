import { Injectable } from '@nestjs/common';
import { AccountsService, generatePassword } from '../auth/accounts.service';
import { DEMO_MUNICIPALITIES } from './demo-data';
import { MunicipalitiesService } from '../municipalities/municipalities.service';

/**
 * Adds a griffie web account per demo municipality (`griffie@amersfoort.demo`) when the demo
 * data loads (DemoService); the first start prints the generated passwords once (src/main.ts).
 */
@Injectable()
export class DemoWebAccounts {
  constructor(
    private readonly accounts: AccountsService,
    private readonly municipalities: MunicipalitiesService,
  ) {}

  async createClerkAccounts(): Promise<{ email: string; password: string }[]> {
    const created: { email: string; password: string }[] = [];
    for (const m of DEMO_MUNICIPALITIES) {
      const email = `griffie@${m.slug}.demo`;
      if (await this.accounts.findUserByEmail(email)) continue;
      const municipality = await this.municipalities.findMunicipality(m.slug);
      const password = generatePassword();
      await this.accounts.createUser({
        email,
        password,
        role: 'clerk',
        municipalityId: municipality.id,
        displayName: `Griffie ${m.name}`,
      });
      created.push({ email, password });
    }
    return created;
  }
}
