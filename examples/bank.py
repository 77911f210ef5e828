"""A tiny bank: classes, inheritance, custom exceptions and a transaction log."""


class BankError(Exception):
    """Base class for every bank error."""


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} has {account.balance:.2f}, cannot pay {amount:.2f}")
        self.account = account
        self.amount = amount


class Account:
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self.balance:.2f})"


class SavingsAccount(Account):
    def __init__(self, owner, balance=0.0, rate=0.03):
        super().__init__(owner, balance)
        self.rate = rate

    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest


def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except BankError as e:
        print(f"  transfer refused: {e}")
        return False
    dst.deposit(amount)
    return True


alice = Account("alice", 120)
bob = SavingsAccount("bob", 500, rate=0.05)
print("start:", alice, bob)

for amount in [50, 100, 20]:
    ok = transfer(alice, bob, amount)
    print(f"transfer {amount} from alice to bob:", "ok" if ok else "failed")

print("interest for bob:", bob.add_interest())

try:
    alice.deposit(-1)
except ValueError as e:
    print("error:", e)

print("end:", alice, bob)
print()
print(f"{'owner':<8}{'kind':<10}{'amount':>10}")
for account in [alice, bob]:
    for kind, amount in account.history:
        print(f"{account.owner:<8}{kind:<10}{amount:>10.2f}")
