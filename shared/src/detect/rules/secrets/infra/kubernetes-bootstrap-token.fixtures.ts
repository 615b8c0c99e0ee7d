import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'BOOTSTRAP_TOKEN=m6qn5a.iyvda9j3lct3onq4', secret: 'm6qn5a.iyvda9j3lct3onq4' },
    { text: '{"bootstrap_token": "klgj1o.r3tzpmh3817vycfy", "region": "eu-west-1"}', secret: 'klgj1o.r3tzpmh3817vycfy' },
    { text: '  bootstrap_token: caxik3.92m86poaftpa9nod', secret: 'caxik3.92m86poaftpa9nod' },
    { text: 'export BOOTSTRAP_TOKEN="avtfc1.e3uj0h6g06ssqw3p"', secret: 'avtfc1.e3uj0h6g06ssqw3p' },
    { text: 'const bootstrapToken = \'3h610n.olnzr7pf1hnx9c8b\';', secret: '3h610n.olnzr7pf1hnx9c8b' },
    { text: 'kubeadm join 10.0.0.10:6443 --token hnak1z.xbz2yhssj8izjoha --discovery-token-ca-cert-hash sha256:6cacfad7c9aabd91980704579c4ca04d61cd6e0bd8dc9748a616d7bc022cc428', secret: 'hnak1z.xbz2yhssj8izjoha' },
  ],
  negative: [
    'BOOTSTRAP_TOKEN=xxxxxxxxxxxxxxxxxxxxxxx',
    'BOOTSTRAP_TOKEN=<your-kubernetes-bootstrap-token>',
    'BOOTSTRAP_TOKEN=${BOOTSTRAP_TOKEN}',
    'BOOTSTRAP_TOKEN=37b7yg.vauf6fen4yptt',
    'BOOTSTRAP_TOKEN=4ixc4c.sfdlywi6tcf3dtm7esj',
    'checksum: w0uqs4.2zvfbrknn3sxnot0',
    'const ref = "6vdjsk.wcbqaygdpu0n98oa";',
    'kubeadm join 10.0.0.10:6443 --token abcdef.0123456789abcdef',
  ],
};
export default fixtures;
