import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'Nzg4MzI0NzMzNDEyOnRYaNgtLNNtiKj3WuP5ETtk7lQf',
    { text: 'JIRA_PAT=MTMxOTgzNzU4MTAzOtNp1wdLe5fT4fbWgU4bOxl4R+Ts', secret: 'MTMxOTgzNzU4MTAzOtNp1wdLe5fT4fbWgU4bOxl4R+Ts' },
    { text: 'confluence_b=NjY1NDIzODM3MTYyOvsXH6EG7R5SwtUjoj4i9CPbhxJj', secret: 'NjY1NDIzODM3MTYyOvsXH6EG7R5SwtUjoj4i9CPbhxJj' },
    {
      text: 'curl -H "Authorization: Bearer Nzc0ODY2NzQxNjQ1OtQ6ayIrz+NWLXyCGOyelhmPAgqz" https://jira.acme.internal/rest/api/2/myself',
      secret: 'Nzc0ODY2NzQxNjQ1OtQ6ayIrz+NWLXyCGOyelhmPAgqz',
    },
    { text: '{"tool": "jira", "arguments": {"pat": "ODY4MDEyODA2ODA3OnQV56DKKgE25B4jk1sg/IMLEJj1"}}', secret: 'ODY4MDEyODA2ODA3OnQV56DKKgE25B4jk1sg/IMLEJj1' },
  ],
  negative: [
    // An id and a placeholder's repeated bytes.
    'JIRA_PAT=MTIzNDU2Nzg5MDEyOkFBQUFBQUFBQUFBQUFBQUFBQUFB',
    // Not twelve digits before the colon, or no colon.
    'JIRA_PAT=MTIzNDU2Nzg5MDFhOh5LWbEHJyICcP4CDZSfaugJWgmY',
    'JIRA_PAT=MTIzNDU2Nzg5MDEyM0+W6MQFS790VjIcow/X3VOjJGbB',
    // The start of a longer base64 value.
    'data: Nzc0NTY3NzU2ODY5OufkqtQw2uPnvTnUSRRDP8UB1GrIbWFyaw==',
    'JIRA_PAT=<your-personal-access-token>',
  ],
};
export default fixtures;
