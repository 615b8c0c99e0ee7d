import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    {
      text: 'AKIA2E0A8F3B244C9986 is my access key id and after a long explanation of why the bucket policy fails for the role I also have Hq7vTn2KxW9pLm4RzY8sBc3DfG6jNa1EuQ5tVo0i as the secret',
      secret: 'Hq7vTn2KxW9pLm4RzY8sBc3DfG6jNa1EuQ5tVo0i',
    },
    {
      text: 'here are the creds for the staging user:\n\nAKIAZ3MRT7QW5PXK2NVB\n\nand the other half\n\nWb4nJ8qZ2xLm7RtY5vKc9HdP3sGf6aNu1EoQiT0y\n',
      secret: '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',
    },
    {
      text: 'the secret is Pq3mX9vL2nZ8tR5yK7wB4cH6dJ1sF0gAeUoNiQrT (I think), it belongs to ASIAQ4RT7MZ2XK9PLN3V',
      secret: 'Pq3mX9vL2nZ8tR5yK7wB4cH6dJ1sF0gAeUoNiQrT',
    },
  ],
  negative: [
    'AKIA2E0A8F3B244C9986 was rotated; commit 29de5b78d29f7e188e252b79877f0a30e7ecf140 removed it',
    'AKIA2E0A8F3B244C9986 and the doc example wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    'Asia-Pacific build NzRqWvXkpLmTyBsHcDfJgAeUoIiQrZtEmKwPbL7x',
    'AKIA2E0A8F3B244C9986 ' + 'x'.repeat(420) + ' Hq7vTn2KxW9pLm4RzY8sBc3DfG6jNa1EuQ5tVo0i',
  ],
};
export default fixtures;
