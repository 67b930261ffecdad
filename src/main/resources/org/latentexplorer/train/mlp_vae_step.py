# TorchScript, compiled by the engine when MlpVaeStep loads it: one training step of an MLP VAE, the forward pass,
# the loss of VaeLoss (per image, averaged over the batch) and every parameter's gradient, written out by hand.
# params: each encoder layer's weight and bias, the mean head's, the log-variance head's, each decoder layer's, the
# output layer's (DJL's order); the result: the loss, then one gradient per parameter in the same order.
class MlpVaeStep(Module):
  __parameters__ = []
  __buffers__ = []
  training : bool
  def forward(self: __torch__.MlpVaeStep, x: Tensor) -> Tensor:
    return x
  def step(self: __torch__.MlpVaeStep, params: List[Tensor], images: Tensor, index: Tensor, noise: Tensor, beta: float) -> List[Tensor]:
    n = (len(params) - 6) // 4
    x = images.index_select(0, index)
    scale = 1.0 / x.size(0)
    acts: List[Tensor] = [x]
    h = x
    for i in range(n):
      h = torch.relu(torch.addmm(params[2 * i + 1], h, params[2 * i].t()))
      acts.append(h)
    k = 2 * n
    mu = torch.addmm(params[k + 1], h, params[k].t())
    lv = torch.addmm(params[k + 3], h, params[k + 2].t())
    std = torch.exp(lv * 0.5)
    z = mu + std * noise
    d = k + 4
    dacts: List[Tensor] = [z]
    g = z
    for j in range(n):
      g = torch.relu(torch.addmm(params[d + 2 * j + 1], g, params[d + 2 * j].t()))
      dacts.append(g)
    last = d + 2 * n
    logits = torch.addmm(params[last + 1], g, params[last].t())
    elv = torch.exp(lv)
    # binary cross-entropy on logits, softplus(l) - x l, and the KL divergence from N(0, I)
    rec = (torch.softplus(logits) - x * logits).sum()
    kl = (1 + lv - mu * mu - elv).sum() * -0.5
    loss = (rec + kl * beta) * scale
    grads: List[Tensor] = [loss] * (len(params) + 1)
    dl = torch.sigmoid(logits).sub_(x).mul_(scale)
    grads[last + 1] = dl.t().mm(dacts[n])
    grads[last + 2] = dl.sum(0)
    back = dl.mm(params[last])
    for j in range(n - 1, -1, -1):
      back = torch.threshold_backward(back, dacts[j + 1], 0.0)
      grads[d + 2 * j + 1] = back.t().mm(dacts[j])
      grads[d + 2 * j + 2] = back.sum(0)
      back = back.mm(params[d + 2 * j])
    # z = mu + exp(lv / 2) noise, and beta KL's own share
    dmu = back + mu * (beta * scale)
    dlv = (back * noise * std + (elv - 1) * (beta * scale)) * 0.5
    grads[k + 1] = dmu.t().mm(h)
    grads[k + 2] = dmu.sum(0)
    grads[k + 3] = dlv.t().mm(h)
    grads[k + 4] = dlv.sum(0)
    back = torch.addmm(dlv.mm(params[k + 2]), dmu, params[k])
    for i in range(n - 1, -1, -1):
      back = torch.threshold_backward(back, acts[i + 1], 0.0)
      grads[2 * i + 1] = back.t().mm(acts[i])
      grads[2 * i + 2] = back.sum(0)
      if i > 0:
        back = back.mm(params[2 * i])
    return grads
