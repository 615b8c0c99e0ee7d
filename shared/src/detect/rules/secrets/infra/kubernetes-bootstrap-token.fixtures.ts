import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'BOOTSTRAP_TOKEN=ms9gsu.z926h5ugza9nl6zv', secret: 'ms9gsu.z926h5ugza9nl6zv' },
    { text: '{"bootstrap_token": "v8hh66.82g0fouoovvf3dwl", "region": "eu-west-1"}', secret: 'v8hh66.82g0fouoovvf3dwl' },
    { text: '  bootstrap_token: q7pixt.x3tslmdid6adfl1j', secret: 'q7pixt.x3tslmdid6adfl1j' },
    { text: 'export BOOTSTRAP_TOKEN="7lncyu.t5l9pu3lta7n6zkj"', secret: '7lncyu.t5l9pu3lta7n6zkj' },
    { text: 'const bootstrapToken = \'pqwcqj.dctgmfkhq83r1iax\';', secret: 'pqwcqj.dctgmfkhq83r1iax' },
    { text: 'kubeadm join 10.0.0.10:6443 --token 4twolo.ci7hzbxnchf4nylq --discovery-token-ca-cert-hash sha256:5090eee60d901fbedc20429316291d2131dfe26c288df8076874c8aee03644ff', secret: '4twolo.ci7hzbxnchf4nylq' },
  ],
  negative: [
    'BOOTSTRAP_TOKEN=xxxxxxxxxxxxxxxxxxxxxxx',
    'BOOTSTRAP_TOKEN=<your-kubernetes-bootstrap-token>',
    'BOOTSTRAP_TOKEN=${BOOTSTRAP_TOKEN}',
    'BOOTSTRAP_TOKEN=adryhm.usz357x7lstta',
    'BOOTSTRAP_TOKEN=3gaih9.p3dxgh7umpkjv09llV4',
    'checksum: 9rd18s.lbc2qqd1mutlx0mh',
    'const ref = "nhmisq.4cnqecndncjrk645";',
    'kubeadm join 10.0.0.10:6443 --token abcdef.0123456789abcdef',
  ],
};
export default fixtures;
