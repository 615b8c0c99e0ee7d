import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'jane.doe@example.com',
    { text: 'Hi team, customer maria.gonzalez+billing@acme-corp.co.uk reports a double charge.', secret: 'maria.gonzalez+billing@acme-corp.co.uk' },
    { text: 'id,name,email\n42,Tom Berg,tom_berg42@mailhost.io\n', secret: 'tom_berg42@mailhost.io' },
    { text: '2024-01-15T10:30:45Z INFO login ok user=<r.kowalski@firma-beispiel.de> ip=10.2.3.4', secret: 'r.kowalski@firma-beispiel.de' },
    { text: '{"contact":"AHMED.K@Example.ORG","plan":"pro"}', secret: 'AHMED.K@Example.ORG' },
    { text: 'mailto:support-team@helpdesk.example.net?subject=Refund', secret: 'support-team@helpdesk.example.net' },
    { text: 'Kontakt: info@xn--mnchen-3ya.de (München)', secret: 'info@xn--mnchen-3ya.de' },
    { text: 'write to ivan@xn--e1afmkfd.xn--p1ai today', secret: 'ivan@xn--e1afmkfd.xn--p1ai' },
    { text: 'Absender: jürgen.müller@bücher.de', secret: 'jürgen.müller@bücher.de' },
    { text: 'почта: иван@пример.рф', secret: 'иван@пример.рф' },
  ],
  negative: [
    '<img src="images/logo@2x.png" srcset="logo@3x.png 3x, logo@1.5x.webp 1.5x">',
    '@Component({ selector: "app-root" })\nclass AppComponent { @Input() name: string; }',
    'npm install @angular/core@17.0.2 @types/node@20.11.5 lodash@4.17.21',
    'git clone git@github.com:acme/promptgate.git',
    'FROM node@sha256:4c2f6b0a7d6e9f1c3b5a7d9e1f3a5c7e9b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a',
    'result = weights@self.kernel + bias',
    '/** @param name the user name\n * @returns greeting */',
    'https://user@internal.example.com/path',
    'git remote add origin https://deploy:hunter22x@git.fabrikam.dev/tools/cli.git',
    'punycode prefix alone: x@host.xn-- and y@host.xn--p1ai-',
  ],
};
export default fixtures;
