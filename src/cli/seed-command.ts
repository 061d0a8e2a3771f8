import { DemoService } from '../demo/demo.service';
import { withAppContext } from './app-context';

/** `seed`: loads the demo data (also done by the first `npm start`); prints the new tokens. */
export async function runSeedCommand(): Promise<number> {
  return withAppContext(async (app) => {
    const { tokens, webAccounts } = await app.get(DemoService).loadDemoData();
    for (const t of tokens)
      process.stdout.write(`${t.role}${t.municipality ? ` ${t.municipality}` : ''}: ${t.secret}\n`);
    for (const a of webAccounts) process.stdout.write(`${a.email}: ${a.password}\n`);
    return 0;
  });
}
