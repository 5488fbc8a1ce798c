"""Errors for input the library refuses; each message is one line a user can act on."""


class InputError(ValueError):
    """The input cannot be cleaned (binary, empty, too large, undecodable)."""


class EmptyInput(InputError):
    pass


class BinaryInput(InputError):
    pass


class InputTooLarge(InputError):
    pass
