"""Writes the TorchScript files the import tests use, with the project's own export_torchscript.py.

    python3 torchscript_fixtures.py MNIST_DIR OUT_DIR

Good ones are trained for a few seconds on the first MNIST training images (CPU, one thread, seeded):
  mlp-vae.pt      the lesson's MLP VAE, smaller: N x 784 in, (mean, log-variance) out, decoder ends in a sigmoid
  conv-logits.pt  a convolutional VAE whose encode gives the mean only (no variance head in the file):
                  N x 1 x 28 x 28 in, decoder gives N x 1 x 28 x 28 logits
  NAME.reference.txt  what PyTorch itself computes, for the tests to compare with what the app computes:
                  line 1 a latent point, line 2 decode of it (flattened, as the module returns it: probabilities or
                  logits), line 3 the encoder's mean of the first MNIST test image
Bad ones, each wrong in one way:
  state-dict.pt   torch.save of a state_dict: a zip archive, not TorchScript
  wrong-shape.pt  decode returns N x 10
  nan.pt          decode returns NaN
"""
import os
import struct
import sys

import numpy as np
import torch
from torch import nn
import torch.nn.functional as F

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "main", "python"))
from export_torchscript import export  # noqa: E402

TRAIN_IMAGES = 4000


def mnist_images(folder, count, prefix="train"):
    path = os.path.join(folder, prefix + "-images-idx3-ubyte")
    with open(path, "rb") as f:
        magic, n, rows, cols = struct.unpack(">IIII", f.read(16))
        assert magic == 0x803 and rows == 28 and cols == 28, path
        n = min(n, count)
        data = np.frombuffer(f.read(n * 784), dtype=np.uint8)
    return torch.from_numpy(data.astype(np.float32) / 255.0).reshape(n, 784)


class MlpVae(nn.Module):
    """As pytorch/examples vae/main.py, 784-64-2."""

    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(784, 64)
        self.fc21 = nn.Linear(64, 2)
        self.fc22 = nn.Linear(64, 2)
        self.fc3 = nn.Linear(2, 64)
        self.fc4 = nn.Linear(64, 784)

    def encode(self, x):
        h1 = F.relu(self.fc1(x))
        return self.fc21(h1), self.fc22(h1)

    def decode(self, z):
        return torch.sigmoid(self.fc4(F.relu(self.fc3(z))))


class ConvLogits(nn.Module):
    """Strided convolutions down to a 2-D latent; encode gives only the mean (the log-variance is used in training and
    left out of the file); the decoder's last layer has no sigmoid."""

    def __init__(self):
        super().__init__()
        self.down = nn.Sequential(nn.Conv2d(1, 8, 4, 2, 1), nn.ReLU(), nn.Conv2d(8, 16, 4, 2, 1), nn.ReLU(), nn.Flatten())
        self.mean = nn.Linear(16 * 7 * 7, 2)
        self.logvar = nn.Linear(16 * 7 * 7, 2)
        self.up = nn.Sequential(nn.Linear(2, 16 * 7 * 7), nn.ReLU(), nn.Unflatten(1, (16, 7, 7)),
                                nn.ConvTranspose2d(16, 8, 4, 2, 1), nn.ReLU(), nn.ConvTranspose2d(8, 1, 4, 2, 1))

    def encode(self, x):
        return self.mean(self.down(x))

    def decode(self, z):
        return self.up(z)


class WrongShape(MlpVae):
    def decode(self, z):
        return self.fc4(F.relu(self.fc3(z)))[:, :10]


class NanOut(MlpVae):
    def decode(self, z):
        return torch.sigmoid(self.fc4(F.relu(self.fc3(z)))) * float("nan")


def train_mlp(images, epochs=8):
    model = MlpVae()
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    for _ in range(epochs):
        for batch in images.split(100):
            mu, logvar = model.encode(batch)
            z = mu + torch.randn_like(mu) * torch.exp(0.5 * logvar)
            bce = F.binary_cross_entropy(model.decode(z), batch, reduction="sum")
            kl = -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp())
            opt.zero_grad()
            (bce + kl).backward()
            opt.step()
    return model


def train_conv(images, epochs=4):
    model = ConvLogits()
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    shaped = images.reshape(-1, 1, 28, 28)
    for _ in range(epochs):
        for batch in shaped.split(100):
            h = model.down(batch)
            mu, logvar = model.mean(h), model.logvar(h)
            z = mu + torch.randn_like(mu) * torch.exp(0.5 * logvar)
            bce = F.binary_cross_entropy_with_logits(model.decode(z), batch, reduction="sum")
            kl = -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp())
            opt.zero_grad()
            (bce + kl).backward()
            opt.step()
    return model


def write_reference(model, first_test_image, path):
    """A latent point, the module's decode of it, and the mean of the first test image, as PyTorch computes them."""
    with torch.no_grad():
        z = torch.tensor([[0.5, -1.0]])
        decoded = model.decode(z).reshape(-1)
        encoded = model.encode(first_test_image)
        mean = encoded[0] if isinstance(encoded, tuple) else encoded
    with open(path, "w") as f:
        for values in (z.reshape(-1), decoded, mean.reshape(-1)):
            f.write(" ".join(repr(float(v)) for v in values) + "\n")


def main():
    mnist, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    torch.set_num_threads(1)
    torch.manual_seed(0)
    images = mnist_images(mnist, TRAIN_IMAGES)
    first_test = mnist_images(mnist, 1, "t10k")
    mlp = train_mlp(images).eval()
    export(mlp, os.path.join(out, "mlp-vae.pt"))
    write_reference(mlp, first_test, os.path.join(out, "mlp-vae.reference.txt"))
    conv = train_conv(images).eval()
    export(conv, os.path.join(out, "conv-logits.pt"))
    write_reference(conv, first_test.reshape(1, 1, 28, 28), os.path.join(out, "conv-logits.reference.txt"))
    torch.save(MlpVae().state_dict(), os.path.join(out, "state-dict.pt"))
    export(WrongShape(), os.path.join(out, "wrong-shape.pt"))
    export(NanOut(), os.path.join(out, "nan.pt"))


if __name__ == "__main__":
    main()
