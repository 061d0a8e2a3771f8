/** The URLs of the OParl 1.1 endpoint: object ids are their own URLs (OParl 1.1, 2.3), under PUBLIC_URL. */
export const OPARL_PREFIX = 'oparl/v1';
export const OPARL_TYPE = (name: string): string => `https://schema.oparl.org/1.1/${name}`;
export const OPARL_VERSION = 'https://schema.oparl.org/1.1/';

export type BodyList = 'organizations' | 'people' | 'papers' | 'meetings';

export class OparlUrls {
  readonly root: string;

  constructor(readonly publicUrl: string) {
    this.root = `${publicUrl}/${OPARL_PREFIX}`;
  }

  system(): string {
    return `${this.root}/system`;
  }
  bodies(): string {
    return `${this.root}/bodies`;
  }
  body(slug: string): string {
    return `${this.root}/bodies/${encodeURIComponent(slug)}`;
  }
  bodyList(slug: string, list: BodyList): string {
    return `${this.body(slug)}/${list}`;
  }
  organization(key: string): string {
    return `${this.root}/organizations/${key}`;
  }
  person(id: number): string {
    return `${this.root}/persons/${id}`;
  }
  membership(key: string): string {
    return `${this.root}/memberships/${key}`;
  }
  paper(key: string): string {
    return `${this.root}/papers/${key}`;
  }
  file(key: string): string {
    return `${this.root}/files/${key}`;
  }
  /** A web page of the public site. */
  web(path: string): string {
    return `${this.publicUrl}${path}`;
  }
}
