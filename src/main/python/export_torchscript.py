"""Export a trained PyTorch VAE as TorchScript for Latent Explorer (`latent import --torchscript FILE.pt`).

In the lesson's notebook, after training, add:

    from export_torchscript import export
    export(model, "mnist-vae.pt")

or paste the class and the function below into a cell. The file holds two methods:
  encode(x) -> mean, or (mean, log-variance); x is N x 784 (or N x 1 x 28 x 28), pixels in 0..1
  decode(z) -> N x 784 (or N x 1 x 28 x 28) images: probabilities (after a sigmoid) or logits
Latent Explorer finds out which layout and which output it gets, and says so when it imports the file.

A TorchScript file is a program: load only files from someone you trust.
"""
import sys

import torch
from torch import nn


class EncodeDecode(nn.Module):
    """The model's encode and decode as the two methods TorchScript keeps (forward is encode)."""

    def __init__(self, vae: nn.Module):
        super().__init__()
        self.vae = vae

    @torch.jit.export
    def encode(self, x: torch.Tensor):
        return self.vae.encode(x)

    @torch.jit.export
    def decode(self, z: torch.Tensor):
        return self.vae.decode(z)

    def forward(self, x: torch.Tensor):
        return self.vae.encode(x)


def export(vae: nn.Module, path: str) -> None:
    """Writes `vae`'s encode and decode to `path` with torch.jit.script, on the CPU, in evaluation mode."""
    vae = vae.to("cpu").eval()
    scripted = torch.jit.script(EncodeDecode(vae))
    scripted.save(path)
    print(f"wrote {path}: methods encode and decode; open it with: ./latent import --torchscript {path} -o models/NAME",
          file=sys.stderr)
