import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'AQEEUZP3hBUdAaf3HhFD8qVFeR+i+udY7Di5fyv8RSAG3U8yLwHkdJp9dCt8R5UrNnxyuQFn3M+Tq4xWvjNwlSJiWXy4PyLX==-s0Or5KS7/uqXasKoZhdVi5qgcdXuY8YQrvA8M87mBYA=-3zsKuy$Rc6q,I8Hy',
    { text: 'ADYEN_API_KEY=AQEEDzs92UuZM4IZrwHj4gDj0rMZiKFaZ8HWTOjQjoCTfZyzM0X/4W9ye8rlEXLbBmUSMoTfqi8VGET/WrHpomBKZSyRCOxn==-qzuCuXG49eGSC4bFCbGmkLxch0f3NA0fbQad3HEniRQ=-IXdqeb$SPpX,AeEj', secret: 'AQEEDzs92UuZM4IZrwHj4gDj0rMZiKFaZ8HWTOjQjoCTfZyzM0X/4W9ye8rlEXLbBmUSMoTfqi8VGET/WrHpomBKZSyRCOxn==-qzuCuXG49eGSC4bFCbGmkLxch0f3NA0fbQad3HEniRQ=-IXdqeb$SPpX,AeEj' },
    { text: '{"adyen_api_key": "AQEk7qeXOob3C1Nz0P/h1YOyMtdArYFGVYO89j1p0Z8JmUuZt6KHIJjvnl9R7oVyti+fKV8WAOm5CmDQx/H+q8Gq5WjJG2er==-9OXYWe/iZuHBuDan0yyaAuYbAFI/SKfMc7/rwzW26cN=-d39X2S$VszB,fpi4"}', secret: 'AQEk7qeXOob3C1Nz0P/h1YOyMtdArYFGVYO89j1p0Z8JmUuZt6KHIJjvnl9R7oVyti+fKV8WAOm5CmDQx/H+q8Gq5WjJG2er==-9OXYWe/iZuHBuDan0yyaAuYbAFI/SKfMc7/rwzW26cN=-d39X2S$VszB,fpi4' },
    { text: 'adyen_api_key: AQEhPvJBHgCmdkasyliQk2wddJbm5pxU4GL3vtT67V1oeZVUEC9TzCzADwfzzHBUMNbODQds88moLHhB2C75bEqjeOO3lMah==-GXK+f7UQVVZ9NY6mEF/eTw99dHMet83p6T8pUX4DecV=-onlGQr$q0sE,ysRt', secret: 'AQEhPvJBHgCmdkasyliQk2wddJbm5pxU4GL3vtT67V1oeZVUEC9TzCzADwfzzHBUMNbODQds88moLHhB2C75bEqjeOO3lMah==-GXK+f7UQVVZ9NY6mEF/eTw99dHMet83p6T8pUX4DecV=-onlGQr$q0sE,ysRt' },
    { text: 'export ADYEN_API_KEY="AQEc/x2F2L3YTsYOiENMg57/o1tdxSPjiwlIRR7lN5MtxsDB4F8tpkkjZiz1CnG5wJVAXlzvktmlBKJBojvZrRv+WGi9js8j==-8eYn6sUnlJ/JzECix1+gnxrOFdqMNk74NH07oZW9sw8=-e7Y33C$MYXR,ToJH"', secret: 'AQEc/x2F2L3YTsYOiENMg57/o1tdxSPjiwlIRR7lN5MtxsDB4F8tpkkjZiz1CnG5wJVAXlzvktmlBKJBojvZrRv+WGi9js8j==-8eYn6sUnlJ/JzECix1+gnxrOFdqMNk74NH07oZW9sw8=-e7Y33C$MYXR,ToJH' },
    { text: 'const adyenApiKey = \'AQER/xqohtklL1TSAKo4QuPBLNqvMAOqxLQXUvI4MtKhNGPxu8DEmeAAmNraLZ7jzbM0+IE0w4CFIG1jezaKzHE5lae1OTV5==-y8lUu0/KDsiJ3RL8LLYqBv5X4gG6vLqkEGXQ5vjwoqu=-0SIRZp$snJX,QRi1\';', secret: 'AQER/xqohtklL1TSAKo4QuPBLNqvMAOqxLQXUvI4MtKhNGPxu8DEmeAAmNraLZ7jzbM0+IE0w4CFIG1jezaKzHE5lae1OTV5==-y8lUu0/KDsiJ3RL8LLYqBv5X4gG6vLqkEGXQ5vjwoqu=-0SIRZp$snJX,QRi1' },
  ],
  negative: [
    'ADYEN_API_KEY=AQE/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx+xxxxxxxxxxxxxxxxxxx==-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx=-xxxxxx$xxxx,xxxx',
    'ADYEN_API_KEY=${ADYEN_API_KEY}',
    'ADYEN_API_KEY=<your-adyen-api-key>',
  ],
};
export default fixtures;
