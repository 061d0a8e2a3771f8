import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AccountsService, generatePassword } from '../auth/accounts.service';
import { APP_CONFIG, AppConfig } from '../config/config';
import { DemoService } from '../demo/demo.service';
import { DEMO_MUNICIPALITIES } from '../demo/demo-data';
import { MunicipalitiesService } from '../municipalities/municipalities.service';

/**
 * Adds a griffie web account per demo municipality (`griffie@amersfoort.demo`) when the demo
 * data loads; the generated password is printed once and kept in `$DATA_DIR/demo-accounts.txt`.
 */
@Injectable()
export class DemoWebAccounts implements OnModuleInit {
  constructor(
    private readonly demo: DemoService,
    private readonly accounts: AccountsService,
    private readonly municipalities: MunicipalitiesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.demo.afterLoadHooks.push(async () => {
      const created = await this.createClerkAccounts();
      if (created.length === 0) return;
      const lines = created.map((a) => `${a.email}: ${a.password}`);
      const file = join(this.config.dataDir, 'demo-accounts.txt');
      mkdirSync(this.config.dataDir, { recursive: true });
      appendFileSync(file, `${lines.join('\n')}\n`, { mode: 0o600 });
      process.stdout.write(`Demo-webaccounts griffie (eenmalig getoond; ook bewaard in ${file}):\n${lines.map((l) => `  ${l}`).join('\n')}\n`);
    });
  }

  async createClerkAccounts(): Promise<{ email: string; password: string }[]> {
    const created: { email: string; password: string }[] = [];
    for (const m of DEMO_MUNICIPALITIES) {
      const email = `griffie@${m.slug}.demo`;
      if (await this.accounts.findUserByEmail(email)) continue;
      const municipality = await this.municipalities.findMunicipality(m.slug);
      const password = generatePassword();
      await this.accounts.createUser({ email, password, role: 'clerk', municipalityId: municipality.id, displayName: `Griffie ${m.name}` });
      created.push({ email, password });
    }
    return created;
  }
}
