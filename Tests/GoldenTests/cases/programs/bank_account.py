# A bank account simulation with classes, custom exceptions and a transaction log.
class BankError(Exception):
    pass
class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner}: cannot withdraw {amount:.2f}, balance is {account.balance:.2f}")
        self.shortfall = amount - account.balance
class AccountFrozen(BankError):
    pass
class Account:
    next_id = 1
    def __init__(self, owner, balance=0.0):
        self.id = Account.next_id
        Account.next_id += 1
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.log = []
    def _check(self, amount):
        if self.frozen:
            raise AccountFrozen(f"account {self.id} is frozen")
        if amount <= 0:
            raise ValueError("amount must be positive")
    def deposit(self, amount):
        self._check(amount)
        self.balance += amount
        self.log.append(("deposit", amount))
    def withdraw(self, amount):
        self._check(amount)
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.log.append(("withdraw", amount))
    def __repr__(self):
        return f"Account#{self.id}({self.owner}, {self.balance:.2f})"
class SavingsAccount(Account):
    def __init__(self, owner, balance=0.0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate
    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, account):
        self.accounts[account.id] = account
        return account
    def transfer(self, src, dst, amount):
        try:
            src.withdraw(amount)
        except BankError as e:
            print("  transfer failed:", e)
            return False
        dst.deposit(amount)
        return True
    def total(self):
        return sum([a.balance for a in self.accounts.values()])
bank = Bank()
alice = bank.open(Account("alice", 100))
bob = bank.open(SavingsAccount("bob", 250, rate=0.05))
print(alice, bob)
print("transfer 30:", bank.transfer(alice, bob, 30))
print("transfer 500:", bank.transfer(alice, bob, 500))
print("interest:", bob.add_interest())
alice.frozen = True
print("frozen transfer:", bank.transfer(alice, bob, 1))
try:
    bob.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
try:
    bob.withdraw(10_000)
except InsufficientFunds as e:
    print("shortfall:", round(e.shortfall, 2))
print(alice, bob, f"total={bank.total():.2f}")
print("bob log:", bob.log)
print("is savings an account:", isinstance(bob, Account), type(bob).__name__)
