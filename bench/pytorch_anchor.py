#!/usr/bin/env python3
"""The lesson's frozen VGG16 run as a plain PyTorch loop: the anchor bench_second_run compares
LayerLab with (issue #21).

What the lesson's Keras notebook does, step for step: flow_from_directory (PIL decode, nearest
resize to SIZE, rescale 1/255, shuffled batches that cycle), a VGG16 conv base with
trainable=False, Flatten -> Dense 512 relu -> Dropout 0.5 -> Dense 1 sigmoid, Adam 1e-4,
binary cross-entropy, fit(epochs, steps_per_epoch, validation_steps). The frozen base runs on
every batch, as Keras runs it: no feature cache, no checkpoint (Keras's fit() writes none
unless asked). The base is randomly initialised (torchvision's VGG16 init), as LayerLab's is
without an ImageNet file; the time does not depend on the weights.

Prints one line per epoch and, last, "wall N s" from the start of the script (imports and
data scanning included) to the end of the last epoch.

Needs python3-torch and python3-torchvision (Debian: apt-get install python3-torchvision).
"""
import time

START = time.time()

import argparse  # noqa: E402
import os  # noqa: E402

import numpy as np  # noqa: E402
import torch  # noqa: E402
import torchvision  # noqa: E402
from PIL import Image  # noqa: E402

EXTENSIONS = (".png", ".jpg", ".jpeg", ".bmp", ".ppm", ".tif", ".tiff")


def image_folder(root):
    """flow_from_directory's listing: classes are sorted subfolders, files found recursively."""
    classes = sorted(d for d in os.listdir(root) if os.path.isdir(os.path.join(root, d)))
    samples = []
    for label, name in enumerate(classes):
        for folder, _, files in sorted(os.walk(os.path.join(root, name))):
            for f in sorted(files):
                if f.lower().endswith(EXTENSIONS):
                    samples.append((os.path.join(folder, f), label))
    print("Found %d images belonging to %d classes." % (len(samples), len(classes)))
    return samples


class Folder(torch.utils.data.Dataset):
    def __init__(self, root, size):
        self.samples = image_folder(root)
        self.size = size

    def __len__(self):
        return len(self.samples)

    def __getitem__(self, i):
        path, label = self.samples[i]
        image = Image.open(path).convert("RGB").resize((self.size, self.size), Image.NEAREST)
        x = torch.from_numpy(np.asarray(image, dtype=np.float32) / 255.0).permute(2, 0, 1)
        return x, torch.tensor([float(label)])


def cycling(loader):
    """A Keras generator: batches forever, reshuffled after each pass."""
    while True:
        for batch in loader:
            yield batch


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--data", required=True, help="holds train/ and validation/")
    p.add_argument("--size", type=int, default=150)
    p.add_argument("--epochs", type=int, default=30)
    p.add_argument("--steps-per-epoch", type=int, default=10)
    p.add_argument("--validation-steps", type=int, default=5)
    p.add_argument("--batch-size", type=int, default=20)
    p.add_argument("--learning-rate", type=float, default=1e-4)
    p.add_argument("--seed", type=int, default=0)
    a = p.parse_args()
    torch.set_num_threads(os.cpu_count())  # this build starts at one thread; LayerLab uses all
    torch.manual_seed(a.seed)

    def loader(split):
        folder = Folder(os.path.join(a.data, split), a.size)
        return cycling(torch.utils.data.DataLoader(folder, batch_size=a.batch_size, shuffle=True))

    train, validation = loader("train"), loader("validation")
    base = torchvision.models.vgg16().features  # block1_conv1 ... block5_pool
    for parameter in base.parameters():
        parameter.requires_grad = False
    flat = 512 * (a.size // 32) ** 2
    head = torch.nn.Sequential(
        torch.nn.Flatten(), torch.nn.Linear(flat, 512), torch.nn.ReLU(), torch.nn.Dropout(0.5),
        torch.nn.Linear(512, 1), torch.nn.Sigmoid())
    model = torch.nn.Sequential(base, head)
    optimizer = torch.optim.Adam(head.parameters(), lr=a.learning_rate, eps=1e-7)
    loss_fn = torch.nn.BCELoss()
    for epoch in range(1, a.epochs + 1):
        began = time.time()
        model.train()
        losses = []
        for _ in range(a.steps_per_epoch):
            x, y = next(train)
            optimizer.zero_grad()
            loss = loss_fn(model(x), y)
            loss.backward()
            optimizer.step()
            losses.append(loss.item())
        model.eval()
        with torch.no_grad():
            val = [loss_fn(model(x), y).item() for x, y in
                   (next(validation) for _ in range(a.validation_steps))]
        print("Epoch %d/%d - %.1fs - loss: %.4f - val_loss: %.4f" % (
            epoch, a.epochs, time.time() - began, np.mean(losses), np.mean(val)), flush=True)
    print("wall %.2f s" % (time.time() - START), flush=True)


if __name__ == "__main__":
    main()
