import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'ion_Qm7xK2pL9vT4nR8wZ3cY6hJ1dF5sG0aE2uB8iO4p3r',
    { text: 'IONIC_TOKEN=ion_Tq8vLw2pZr9xKm4Nb6Yc1Hd5Fg0Js3Ue7Wa2Ri9Ok4', secret: 'ion_Tq8vLw2pZr9xKm4Nb6Yc1Hd5Fg0Js3Ue7Wa2Ri9Ok4' },
    { text: 'ionic login --token ion_Vn3Xb8Kq1Lm6Pz9Rt4Wc7Yd2Hf5Js0Ga8Ue3Mi6Op1', secret: 'ion_Vn3Xb8Kq1Lm6Pz9Rt4Wc7Yd2Hf5Js0Ga8Ue3Mi6Op1' },
  ],
  negative: [
    'IONIC_TOKEN=ion_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'ion_channel_configuration_for_the_mass_spectrometer_v2',
    'ion_Qm7xK2pL9vT4nR8wZ3cY6hJ1dF5sG0aE2uB8iO4p3rX',
    'ion_qm7xk2pl9vt4nr8wz3cy6hj1df5sg0ae2ub8io4p3r',
  ],
};
export default fixtures;
