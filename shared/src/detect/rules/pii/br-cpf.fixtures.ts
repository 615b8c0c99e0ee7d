import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '525.965.890-60',
    { text: 'Nome: Ana Souza, CPF 921.903.006-30, nascida em 1990', secret: '921.903.006-30' },
    { text: 'CPF: 98706428029', secret: '98706428029' },
    { text: 'nome;cpf;cidade\nJoão;810.778.887-75;Recife\n', secret: '810.778.887-75' },
    { text: 'número do CPF 03163273874', secret: '03163273874' },
  ],
  negative: [
    '525.965.890-61',
    '111.111.111-11',
    'pedido 52454286360 enviado',
    'versão 525.965.890-60.1',
    'ip 525.965.890-60x',
    'CPF: 52454286361',
  ],
};
export default fixtures;
