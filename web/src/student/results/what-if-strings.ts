import { registerStrings } from '../../ui/i18n';

registerStrings('studentWhatIf', {
  en: {
    title: 'What if? Replay this round with other prices',
    intro:
      'Change your prices and discounts, then replay the round: every other team’s decisions, your other modules and the luck of the round stay as they were. Nothing is saved.',
    noPrices:
      'You had no price decision stored for this round (it was carried forward), so there is nothing to change here.',
    product: 'Product',
    market: 'Market',
    price: 'Price',
    discount: 'Discount',
    replay: 'Replay round {{n}}',
    reset: 'Back to my decisions',
    real: 'What happened',
    whatIf: 'What if',
    delta: 'Difference',
    total: 'Total score',
    cashEnd: 'Cash at end',
    rejected: 'These prices are not valid:',
  },
  zh: {
    title: '如果……？用其他价格重放本轮',
    intro: '修改价格和折扣后重放本轮：其他团队的决策、你的其他模块以及本轮的运气都保持不变。不会保存任何内容。',
    noPrices: '本轮没有保存你的价格决策（沿用了上一轮），这里没有可修改的内容。',
    product: '商品',
    market: '市场',
    price: '价格',
    discount: '折扣',
    replay: '重放第 {{n}} 轮',
    reset: '恢复我的决策',
    real: '实际结果',
    whatIf: '假设结果',
    delta: '差额',
    total: '总分',
    cashEnd: '期末现金',
    rejected: '这些价格无效：',
  },
});
