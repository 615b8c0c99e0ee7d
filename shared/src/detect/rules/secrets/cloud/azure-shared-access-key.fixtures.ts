import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'SHARED_ACCESS_KEY=ekgeHZE5nLZnZNRqL2lwXLWFOWwrIZ0HbG42z3AZ/Qk=', secret: 'ekgeHZE5nLZnZNRqL2lwXLWFOWwrIZ0HbG42z3AZ/Qk=' },
    { text: '{"shared_access_key": "VD/Jwl577qDtoJenJ0HVsjp3bzHMp5Iue7kuBSAroVA=", "region": "eu-west-1"}', secret: 'VD/Jwl577qDtoJenJ0HVsjp3bzHMp5Iue7kuBSAroVA=' },
    { text: '  shared_access_key: exqDrk+3cslbpD4LpZ5KxdQSsV9PsfO5aXwz9gf7XKs=', secret: 'exqDrk+3cslbpD4LpZ5KxdQSsV9PsfO5aXwz9gf7XKs=' },
    { text: 'export SHARED_ACCESS_KEY="wgJOZ1Z0viP9/skILysbUfxDXNUsMifa6Zi/Dr4QeOg="', secret: 'wgJOZ1Z0viP9/skILysbUfxDXNUsMifa6Zi/Dr4QeOg=' },
    { text: 'const sharedAccessKey = \'lwY+kt5kFPRMdRVik0+klHIPl80433S7Yi9PBELfS20=\';', secret: 'lwY+kt5kFPRMdRVik0+klHIPl80433S7Yi9PBELfS20=' },
    { text: 'Endpoint=sb://orders-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=hqCqdYRyZkmRB0+qKSagc2Zzc16S+m/23D3rNpNnzFw=', secret: 'hqCqdYRyZkmRB0+qKSagc2Zzc16S+m/23D3rNpNnzFw=' },
  ],
  negative: [
    'SHARED_ACCESS_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'SHARED_ACCESS_KEY=<your-azure-shared-access-key>',
    'SHARED_ACCESS_KEY=${SHARED_ACCESS_KEY}',
    'SHARED_ACCESS_KEY=xPDpVSABcyvbimQ/UHUyqLztsUcavTELjdo3Vzodr',
    'SHARED_ACCESS_KEY=5Plm7An3KUhhN5YMavAoIWl9CqQX9lQEIBoeYi9PP+s=paw',
    'checksum: m4dyXXoEtkzpSQVyf7p4CdfdG1fFlNJVI5Iqje2wlQ0=',
    'const ref = "hXl+XIT54TqmVT/hzpZx9gH0Ir5RbNJ9u510okP1jE0=";',
  ],
};
export default fixtures;
